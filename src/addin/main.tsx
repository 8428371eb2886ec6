/** The Outlook task pane: the same app in a narrow shell; works without Office.js in the demo. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CommonTimeRoot } from '../ui/CommonTimeRoot.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CommonTimeRoot shell="taskpane" />
  </StrictMode>,
);
