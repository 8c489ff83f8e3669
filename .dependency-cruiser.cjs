/**
 * The dependency rules of docs/architecture.md, checked in CI (`npm run lint`).
 * A feature (server/modules/<feature>/) is known to the rest only through its index.ts; ORM code
 * lives only in a feature's queries; the layers import each other one way only.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "feature-public-surface",
      comment: "Another feature is reached through its index.ts only (its public surface), never a file inside it.",
      severity: "error",
      from: { path: "^server/modules/([^/]+)/" },
      to: { path: "^server/modules/[^/]+/", pathNot: ["^server/modules/$1/", "^server/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "features-through-their-index",
      comment: "Outside server/modules, a feature is reached through server/modules/index.ts or its own index.ts.",
      severity: "error",
      from: { path: "^server/", pathNot: ["^server/modules/"] },
      to: { path: "^server/modules/", pathNot: ["^server/modules/index\\.ts$", "^server/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "orm-only-in-queries",
      comment: "In a feature, only its queries (*.queries.ts, or files under queries/) use drizzle and the tables.",
      severity: "error",
      from: { path: "^server/modules/", pathNot: ["\\.queries\\.ts$", "/queries/[^/]+\\.ts$", "\\.test\\.ts$"] },
      to: { path: ["^node_modules/drizzle-orm/", "^server/db/schema\\.ts$", "^server/db/[a-z-]+-schema\\.ts$"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-feature-cycles",
      comment: "Features depend on each other one way; what must flow back goes through a domain event.",
      severity: "error",
      from: { path: "^server/modules/([^/]+)/" },
      to: { circular: true, path: "^server/modules/", via: { path: "^server/modules/", pathNot: "^server/modules/$1/", dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "shared-is-pure",
      comment: "shared/ is used by the server and the browser: it imports neither.",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: "^(server|web)/" },
    },
    {
      name: "web-not-server",
      comment: "The web app talks to the server over HTTP (shared/contracts), never by import.",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^server/" },
    },
    {
      name: "platform-below-features",
      comment: "The platform layer serves features and knows none of them.",
      severity: "error",
      from: { path: "^server/platform/" },
      to: { path: "^server/modules/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^dist/", "^bench/results/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  },
};
