import type { Block } from './agendaDocument.js';
import { escapeHtml } from './escapeHtml.js';
import { parseSafeUrl } from './fieldValues.js';

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

function fieldHtml(block: Extract<Block, { type: 'field' }>): string {
  const label = `<strong>${escapeHtml(block.label)}:</strong>`;
  const { value } = block;
  if (typeof value !== 'string') {
    return `<p>${label}</p>\n<ul>\n${value.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
  }
  if (block.fieldType === 'longText') return `<p>${label}</p>\n${paragraphs(value)}`;
  const url = block.fieldType === 'url' ? parseSafeUrl(value) : undefined;
  if (url) return `<p>${label} <a href="${escapeHtml(url.href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(value)}</a></p>`;
  return `<p>${label} ${escapeHtml(value)}</p>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'notice':
      return `<p><strong>${escapeHtml(block.lead)}</strong> ${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'facts':
      return block.facts.length === 0 ? '' : `<p>${block.facts.map((f) => `<strong>${escapeHtml(f.label)}:</strong> ${escapeHtml(f.value)}`).join('<br>\n')}</p>`;
    case 'paragraphs':
      return paragraphs(block.text);
    case 'prompts':
      return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'field':
      return fieldHtml(block);
    case 'footer':
      return `<hr>\n<p><em>${escapeHtml(block.text)}</em></p>`;
  }
}

/** Simple semantic HTML, no CSS and no tables: what Outlook (Word engine), OWA and Teams all render the same. */
export function renderBlocksHtml(blocks: readonly Block[]): string {
  return `<div>\n${blocks
    .map(blockHtml)
    .filter((html) => html !== '')
    .join('\n')}\n</div>`;
}
