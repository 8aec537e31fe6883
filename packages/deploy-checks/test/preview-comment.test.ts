import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { repoRoot } from "../src/paths";

/** The script preview.yml runs through actions/github-script, with a fake GitHub client. */
interface Comment {
  id: number;
  user: { type: string };
  body: string;
}
type Upsert = (tools: { github: FakeGitHub; context: typeof context }) => Promise<void>;

const upsertPreviewComment = createRequire(import.meta.url)(
  join(repoRoot, ".github", "scripts", "preview-comment.cjs"),
) as Upsert;

const context = {
  repo: { owner: "acme", repo: "dishpatch" },
  payload: { pull_request: { number: 7 } },
};

class FakeGitHub {
  comments: Comment[] = [];
  created: string[] = [];
  updated: { id: number; body: string }[] = [];
  rest = {
    issues: {
      listComments: () => Promise.resolve(this.comments),
      createComment: ({ body }: { body: string }) => {
        this.created.push(body);
        return Promise.resolve();
      },
      updateComment: ({ comment_id, body }: { comment_id: number; body: string }) => {
        this.updated.push({ id: comment_id, body });
        return Promise.resolve();
      },
    },
  };
  paginate = (list: () => Promise<Comment[]>) => list();
}

const env = {
  COMMIT_SHA: "0123456789abcdef",
  RUN_URL: "https://github.com/acme/dishpatch/actions/runs/1",
  NEON_BRANCH: "preview/pr-7",
  NEON_BRANCH_ID: "br-cool-fog-123",
  PREVIEW_URL: "https://dishpatch-abc.vercel.app",
};

let github: FakeGitHub;
beforeEach(() => {
  github = new FakeGitHub();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const markerComment = (id: number): Comment => ({
  id,
  user: { type: "Bot" },
  body: "<!-- dishpatch-preview -->\nold",
});

describe("preview-comment.cjs", () => {
  it("creates one comment with the URL, health link, branch and commit", async () => {
    vi.stubEnv("PREVIEW_STATE", "deployed");
    await upsertPreviewComment({ github, context });
    expect(github.updated).toEqual([]);
    expect(github.created).toHaveLength(1);
    const body = github.created[0] ?? "";
    expect(body.startsWith("<!-- dishpatch-preview -->\n")).toBe(true);
    expect(body).toContain("| App | https://dishpatch-abc.vercel.app |");
    expect(body).toContain("https://dishpatch-abc.vercel.app/api/trpc/health.check");
    expect(body).toContain("`preview/pr-7` (`br-cool-fog-123`)");
    expect(body).toContain("`0123456`");
  });

  it("updates the bot's marked comment instead of adding another", async () => {
    github.comments = [
      { id: 1, user: { type: "User" }, body: "<!-- dishpatch-preview --> quoted by a human" },
      markerComment(2),
    ];
    vi.stubEnv("PREVIEW_STATE", "deployed");
    await upsertPreviewComment({ github, context });
    expect(github.created).toEqual([]);
    expect(github.updated.map((update) => update.id)).toEqual([2]);
  });

  it("says when a deployment failed, linking the run", async () => {
    vi.stubEnv("PREVIEW_STATE", "failed");
    vi.stubEnv("PREVIEW_URL", "");
    await upsertPreviewComment({ github, context });
    expect(github.created[0]).toContain("could not be deployed: see the [workflow run](https://");
  });

  it("adds no comment for a skipped preview or a removed branch, but updates an existing one", async () => {
    vi.stubEnv("PREVIEW_STATE", "skipped");
    await upsertPreviewComment({ github, context });
    vi.stubEnv("PREVIEW_STATE", "removed");
    await upsertPreviewComment({ github, context });
    expect(github.created).toEqual([]);

    github.comments = [markerComment(3)];
    await upsertPreviewComment({ github, context });
    expect(github.updated).toEqual([
      { id: 3, body: expect.stringContaining("`br-cool-fog-123`) was deleted") as unknown },
    ]);
  });

  it("refuses an unknown state", async () => {
    vi.stubEnv("PREVIEW_STATE", "deployd");
    await expect(upsertPreviewComment({ github, context })).rejects.toThrow(
      /Unknown PREVIEW_STATE/,
    );
  });
});
