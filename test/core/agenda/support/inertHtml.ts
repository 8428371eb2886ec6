import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * Reads HTML the way a browser does (parse5 implements the WHATWG parsing algorithm, unlike the parser inside
 * sanitize-html) and lists everything that could run script, load content or restyle the invite. Kept
 * independent of the production allowlist on purpose: it states what "inert" means, not what we allow.
 */
const ACTIVE_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'img',
  'image',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'template',
  'noscript',
  'details',
  'marquee',
  'portal',
  'canvas',
  'picture',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'srcset', 'codebase', 'cite', 'ping']);
const SAFE_SCHEME = /^(?:https?:|mailto:)/i;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if (isElement(node) && node.tagName === 'template' && 'content' in node) yield* elements((node as DefaultTreeAdapterTypes.Template).content);
}

export function findActiveContent(html: string): string[] {
  const found: string[] = [];
  const document = parse(html);
  for (const element of elements(document)) {
    if (ACTIVE_TAGS.has(element.tagName)) found.push(`<${element.tagName}> element`);
    for (const attr of element.attrs) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name} handler on <${element.tagName}>`);
      if (name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${name} attribute on <${element.tagName}>`);
      if (URL_ATTRIBUTES.has(name)) {
        // Browsers ignore ASCII whitespace and controls inside a scheme, so "java\tscript:" is still a script URL.
        const squeezed = attr.value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
        if (name !== 'href' || element.tagName !== 'a') found.push(`${name} attribute on <${element.tagName}>`);
        else if (!SAFE_SCHEME.test(squeezed)) found.push(`href "${attr.value}" on <a>`);
      }
    }
    if (element.tagName === 'a') {
      const rel = element.attrs.find((a) => a.name === 'rel')?.value ?? '';
      if (!/\bnoopener\b/.test(rel)) found.push('<a> without rel="noopener"');
    }
  }
  return found;
}

/** The text a reader sees, whitespace collapsed, for checking that values were escaped rather than dropped. */
export function visibleText(html: string): string {
  const document = parse(html);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if (isElement(node) && node.tagName === 'br') parts.push('\n');
  };
  walk(document);
  return parts.join(' ').replace(/\s+/g, ' ');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
