import type { ProcedureReference } from "@dishpatch/api/reference";
import { Badge } from "@dishpatch/ui";

import { clientExample, curlExample } from "./examples";

const accessLabels: Record<string, string> = {
  public: "Public",
  user: "Signed in",
  admin: "Admin",
  "restaurant:staff": "Restaurant staff",
  "restaurant:owner": "Restaurant owner",
};

function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-xs font-semibold text-muted-foreground">{label}</figcaption>
      {/* Focusable so keyboard users can scroll long lines. */}
      <pre
        tabIndex={0}
        className="overflow-x-auto rounded-md bg-muted p-3 text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-ring"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}

/** One procedure: what it is, who may call it, what it takes, how it fails, how to call it. */
export function ProcedureEntry({ procedure }: { procedure: ProcedureReference }) {
  const anchor = procedure.path.replace(".", "-");
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      className="flex scroll-mt-6 flex-col gap-3 rounded-lg border border-border p-4"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`${anchor}-title`} className="font-mono text-base font-semibold break-all">
          {procedure.path}
        </h3>
        <Badge tone={procedure.kind === "mutation" ? "warning" : "neutral"}>{procedure.kind}</Badge>
        <Badge tone={procedure.access === "public" ? "success" : "neutral"}>
          {accessLabels[procedure.access] ?? procedure.access}
        </Badge>
        {procedure.rest ? <Badge tone="neutral">REST {procedure.rest}</Badge> : null}
      </header>
      <p className="text-pretty">{procedure.summary}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Returns</dt>
        <dd className="font-mono text-xs break-all">{procedure.output}</dd>
        <dt className="font-semibold">Errors</dt>
        <dd className="flex flex-wrap gap-1">
          {procedure.errors.map((code) => (
            <code key={code} className="rounded bg-muted px-1.5 py-0.5 text-xs">
              {code}
            </code>
          ))}
        </dd>
      </dl>
      {procedure.input ? (
        <details className="group rounded-md border border-border">
          <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-ring">
            Input (JSON Schema)
          </summary>
          <pre
            tabIndex={0}
            className="overflow-x-auto border-t border-border p-3 text-xs leading-relaxed focus-visible:outline-2 focus-visible:outline-ring"
          >
            <code>{JSON.stringify(procedure.input, null, 2)}</code>
          </pre>
        </details>
      ) : (
        <p className="text-sm text-muted-foreground">Takes no input.</p>
      )}
      {procedure.example ? (
        <div className="flex flex-col gap-2">
          <CodeBlock label="curl" code={curlExample(procedure, procedure.example.input)} />
          <CodeBlock
            label="@dishpatch/client"
            code={clientExample(procedure, procedure.example.input)}
          />
        </div>
      ) : null}
    </article>
  );
}
