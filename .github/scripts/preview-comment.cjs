// Keeps ONE comment per pull request up to date with its preview deployment (found by the
// hidden marker below), instead of adding a comment per push. Called from
// .github/workflows/preview.yml through actions/github-script, which passes `github` and
// `context`; every value comes in through environment variables, never through `${{ }}`
// interpolation into code. "skipped" and "removed" only update an existing comment, so pull
// requests that never had a preview get no comment at all.

const MARKER = "<!-- dishpatch-preview -->";

/** @param {{ github: any, context: any }} tools */
module.exports = async function upsertPreviewComment({ github, context }) {
  const env = process.env;
  const body = [MARKER, render(env)].join("\n");
  const { owner, repo } = context.repo;
  const issue_number = context.payload.pull_request.number;
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number,
    per_page: 100,
  });
  const existing = comments.find(
    (comment) => comment.user?.type === "Bot" && comment.body?.includes(MARKER),
  );
  if (existing) {
    await github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  } else if (env.PREVIEW_STATE === "deployed" || env.PREVIEW_STATE === "failed") {
    await github.rest.issues.createComment({ owner, repo, issue_number, body });
  }
};

function render(env) {
  const commit = `\`${(env.COMMIT_SHA || "").slice(0, 7)}\``;
  const run = `[workflow run](${env.RUN_URL})`;
  const database = `Neon branch \`${env.NEON_BRANCH}\``;
  switch (env.PREVIEW_STATE) {
    case "deployed":
      return [
        `### Preview deployed for ${commit}`,
        "",
        "| | |",
        "|---|---|",
        `| App | ${env.PREVIEW_URL} |`,
        `| Health | ${env.PREVIEW_URL}/api/trpc/health.check |`,
        `| Database | ${database} (\`${env.NEON_BRANCH_ID}\`): migrated, seeded with demo data |`,
        `| Log | ${run} |`,
        "",
        "Sign in with a demo account from the README (password `dishpatch-demo`).",
        "The database branch is deleted when this pull request closes.",
      ].join("\n");
    case "skipped":
      return [
        `### No preview for ${commit}`,
        "",
        "Nothing the web app depends on changed in this pull request, so no preview was built",
        `and no database branch was created (${run}).`,
      ].join("\n");
    case "failed":
      return [
        `### Preview failed for ${commit}`,
        "",
        env.PREVIEW_URL
          ? `${env.PREVIEW_URL} was deployed but did not pass its health check: see the ${run}.`
          : `The preview could not be deployed: see the ${run}.`,
      ].join("\n");
    case "removed":
      return [
        "### Preview removed",
        "",
        env.NEON_BRANCH_ID
          ? `${database} (\`${env.NEON_BRANCH_ID}\`) was deleted when this pull request closed.`
          : `This pull request had no ${database} to delete.`,
        "Old preview deployments stay on Vercel but no longer have a database.",
      ].join("\n");
    default:
      throw new Error(`Unknown PREVIEW_STATE: ${env.PREVIEW_STATE}`);
  }
}
