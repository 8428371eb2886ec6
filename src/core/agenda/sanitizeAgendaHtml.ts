import sanitizeHtml from 'sanitize-html';

/**
 * The only markup an agenda body may contain, enforced by sanitize-html (a maintained sanitizer) as the last
 * step of rendering, so even a mistake in our own escaping cannot let script, event handlers, styles, frames,
 * forms, images or non-http(s)/mailto links through. Outlook and Teams show these tags well without CSS.
 * Every link opens in a new window (the invite stays where it was read) and tells the page it opens
 * neither who opened it nor from where (`rel="noopener noreferrer"`).
 */
export const AGENDA_HTML_POLICY: sanitizeHtml.IOptions = {
  allowedTags: ['div', 'p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'hr'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside removed script/style/textarea-like elements is dropped, not shown as stray code.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'template', 'svg', 'math'],
  transformTags: {
    // One attribute order whatever the source wrote, so the same link always reads the same.
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs['href'] === undefined ? {} : { href: attribs['href'] }), rel: 'noopener noreferrer', target: '_blank' },
    }),
  },
};

/** Sanitizes HTML for an invite body or a comment shown beside one (also for HTML that came back from Graph). */
export function sanitizeAgendaHtml(html: string): string {
  return sanitizeHtml(html, AGENDA_HTML_POLICY);
}
