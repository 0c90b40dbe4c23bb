import type { ContactChannel } from "@/lib/dossier/dossier-types";

// Simple line icons; decorative, as the channel is always written out too.
const paths: Record<ContactChannel, string> = {
  PHONE:
    "M5 4h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2",
  VISIT: "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
  EMAIL: "M3 6h18v12H3zM3 7l9 6 9-6",
  VIDEO: "M3 7h12v10H3zM15 11l6-4v10l-6-4",
};

export function ChannelIcon({ channel }: { channel: ContactChannel }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[channel]} />
    </svg>
  );
}
