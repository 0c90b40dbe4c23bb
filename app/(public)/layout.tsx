import { PublicHeader } from "@/components/public-header";

// Shared frame of the pages anyone may open (login, help, forgotten
// password): the portal's name, a way to help, and the page's main content.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <PublicHeader />
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
