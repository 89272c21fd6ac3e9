// `npm run lint`: ESLint over the workspace, failing on any error or warning, and failing too when the module-boundary
// rule did not really run. That rule reads the Nx project graph from its cache; without one it skips itself with
// no more than a printed line, and it silently skips every file that belongs to no project. So this script builds
// the graph first, and afterwards demands that the rule was applied to every TypeScript file of the projects, that
// each of those files lies in a project, and that the rule, in this very run, refuses a forbidden import.
import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import { ESLint } from 'eslint';
import { relative, resolve } from 'node:path';

const RULE = '@nx/enforce-module-boundaries';
const root = resolve(import.meta.dirname, '..');
process.chdir(root);
process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';

await createProjectGraphAsync({ exitOnError: true });
const roots = Object.values(readCachedProjectGraph().nodes).map((node) => node.data.root);

const eslint = new ESLint({ cwd: root, stats: true });
const results = await eslint.lintFiles(['.']);
const report = (await eslint.loadFormatter('stylish')).format(results);
if (report) console.log(report);

const problems = [];
const findings = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
if (findings) problems.push(`${findings} lint finding(s) above`);

// A file whose rules never ran would count as clean; the boundary rule must have been set up for each project file.
const projectFiles = results
  .map((result) => relative(root, result.filePath))
  .filter((file) => /\.tsx?$/.test(file) && /^(apps|libs)\//.test(file));
const inProject = (file) => roots.some((projectRoot) => file.startsWith(`${projectRoot}/`));
const ruleRan = (result) => result.stats?.times.passes.some((pass) => RULE in pass.rules);
const outside = projectFiles.filter((file) => !inProject(file));
const unchecked = results
  .filter((result) => projectFiles.includes(relative(root, result.filePath)) && !ruleRan(result))
  .map((result) => relative(root, result.filePath));
if (projectFiles.length === 0) problems.push('no TypeScript file of a project was linted');
if (outside.length) problems.push(`${RULE} skips files outside every project: ${outside.join(', ')}`);
if (unchecked.length) problems.push(`${RULE} was not applied to: ${unchecked.join(', ')}`);

// The same rule, with the graph this run loaded, must refuse a shared library importing an API library.
const canary = {
  file: 'libs/domain/src/index.ts',
  code: "import { AuditService } from '@planbord/api-core';\nexport const canary = AuditService;\n",
};
const [probe] = await eslint.lintText(canary.code, { filePath: resolve(root, canary.file) });
if (!probe.messages.some((message) => message.ruleId === RULE)) {
  problems.push(
    `${RULE} let ${canary.file} import @planbord/api-core: the rule did not run (${probe.messages.map((m) => m.message).join('; ') || 'no messages'})`,
  );
}

if (problems.length) {
  for (const problem of problems) console.error(`✕ ${problem}`);
  process.exit(1);
}
console.log(
  `✓ lint: ${results.length} files clean; ${RULE} applied to all ${projectFiles.length} TypeScript files of ${roots.length} projects`,
);
