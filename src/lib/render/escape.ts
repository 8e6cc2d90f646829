/** Escapes text for HTML and SVG (element content and quoted attributes). */
export function escapeXml(text: string): string {
  // Most text has nothing to escape: a diagram escapes every label, key and link of its boxes.
  if (!/[&<>"']/.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
