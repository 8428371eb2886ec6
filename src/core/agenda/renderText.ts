import type { Block } from './agendaDocument.js';

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'notice':
      return `${block.lead} ${block.text}`;
    case 'heading':
      return block.level === 4 ? block.text : `${block.text}\n${(block.level === 2 ? '=' : '-').repeat(Math.min(block.text.length, 60))}`;
    case 'facts':
      return block.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'paragraphs':
      return block.text;
    case 'prompts':
      return block.items.map((item) => `  - ${item}`).join('\n');
    case 'field': {
      if (typeof block.value !== 'string') return `${block.label}:\n${block.value.map((item) => `  - ${item}`).join('\n')}`;
      return block.fieldType === 'longText' ? `${block.label}:\n${indent(block.value, '  ')}` : `${block.label}: ${block.value}`;
    }
    case 'footer':
      return `--\n${block.text}`;
  }
}

/** The plain-text body for clients and notifications that do not show HTML; same content, same order. */
export function renderBlocksText(blocks: readonly Block[]): string {
  return (
    blocks
      .map(blockText)
      .filter((text) => text !== '')
      .join('\n\n') + '\n'
  );
}
