import { render, toPlainText } from "@react-email/render";

// Headings stay as written in the text part; shouting reads as alarming.
const textOptions = { selectors: [{ selector: "h1", options: { uppercase: false } }] };

// Every mail goes out as HTML with a plain-text part, both from one template.
export async function renderEmail(
  react: React.ReactElement,
): Promise<{ html: string; text: string }> {
  const html = await render(react);

  return { html, text: toPlainText(html, textOptions) };
}
