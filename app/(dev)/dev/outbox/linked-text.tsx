// A mail's plain text with its web addresses as links, so an activation or
// reset link in the outbox opens with a click instead of copy and paste.
const WEB_ADDRESS = /(https?:\/\/[^\s<>"]+)/;

export function LinkedText({ text }: { text: string }) {
  // split() with a capturing group keeps the addresses at the odd places.
  const parts = text.split(WEB_ADDRESS);

  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
