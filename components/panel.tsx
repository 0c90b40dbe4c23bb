type PanelProps = {
  // Id of the heading, unique on the page; the section is labelled by it.
  id: string;
  title: React.ReactNode;
  // Heading level inside the page; the page's own h1 is always above it.
  level?: 2 | 3;
  actions?: React.ReactNode;
  children: React.ReactNode;
};

// A titled section of a page, announced by its heading as a region.
export function Panel({ id, title, level = 2, actions, children }: PanelProps) {
  const Heading = level === 2 ? "h2" : "h3";

  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={id} className="text-xl font-semibold">
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
