import type { Metadata } from "next";
import { appRouter } from "@dishpatch/api";
import { buildApiReference } from "@dishpatch/api/reference";

import { ProcedureEntry } from "~/components/docs/procedure-entry";
import { TextLink } from "~/components/text-link";
import { SiteHeader } from "~/components/site-header";

export const metadata: Metadata = {
  title: "API reference · Dishpatch",
  description: "Every Dishpatch API procedure: access rule, input schema, errors and examples.",
};

// Generated from the router itself (a test compares it with the committed snapshot).
const reference = buildApiReference(appRouter);
const routers = [...new Set(reference.map((procedure) => procedure.router))];

export default function ApiReferencePage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex w-full max-w-5xl flex-col gap-8 px-4 py-10 sm:px-6">
        <header className="flex max-w-3xl flex-col gap-3">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">API reference</h1>
          <p className="text-pretty text-muted-foreground">
            {reference.length} procedures, served over tRPC at <code>/api/trpc</code> (typed
            clients: <code>@dishpatch/client</code>). The public and signed-in essentials are also
            plain REST under <code>/api/v1</code>, described by the OpenAPI 3.1 document at{" "}
            <TextLink href="/api/openapi.json" prefetch={false}>
              /api/openapi.json
            </TextLink>
            . Amounts are integers in the currency&apos;s minor unit; every call may be rate
            limited.
          </p>
        </header>
        <nav aria-label="Routers">
          <ul className="flex flex-wrap gap-2">
            {routers.map((name) => (
              <li key={name}>
                <a
                  href={`#${name}`}
                  className="inline-block rounded-md border border-border px-3 py-1.5 font-mono text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {routers.map((name) => (
          <section
            key={name}
            id={name}
            aria-labelledby={`${name}-heading`}
            className="flex scroll-mt-6 flex-col gap-4"
          >
            <h2 id={`${name}-heading`} className="font-mono text-2xl font-bold">
              {name}
            </h2>
            {reference
              .filter((procedure) => procedure.router === name)
              .map((procedure) => (
                <ProcedureEntry key={procedure.path} procedure={procedure} />
              ))}
          </section>
        ))}
      </main>
    </>
  );
}
