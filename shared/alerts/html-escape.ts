const TEKENS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML text or attribute value: every value that goes into an alert mail passes here,
 * so a `client_id` like `<script>` shows as those characters and never as markup.
 */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (teken) => TEKENS[teken] ?? teken);
}
