/** The Outlook task pane (and, in a plain browser on the demo tenant, the same pane on a fake item). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AddinRoot } from './AddinRoot.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AddinRoot />
  </StrictMode>,
);
