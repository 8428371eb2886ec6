/** The Teams tab (and the demo in a plain browser). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CommonTimeRoot } from '../ui/CommonTimeRoot.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CommonTimeRoot shell="tab" />
  </StrictMode>,
);
