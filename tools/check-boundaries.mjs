// Proves that the module boundaries of DESIGN §4 are enforced: each forbidden import below must fail lint, and the
// allowed one must pass. Prints one line per case and exits non-zero when the rule lets something through.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';

const root = resolve(import.meta.dirname, '..');
const cases = [
  {
    file: 'libs/domain/src/probe.ts',
    code: "import { AuditService } from '@planbord/api-core';\nexport const probe = AuditService;\n",
    forbidden: true,
    why: 'shared util imports an api lib',
  },
  {
    file: 'libs/domain/src/probe.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    forbidden: true,
    why: 'shared util imports a framework',
  },
  {
    file: 'libs/web/ui/src/probe.ts',
    code: "import { createApolloClient } from '@planbord/web-graphql';\nexport const probe = createApolloClient;\n",
    forbidden: true,
    why: 'ui imports data-access',
  },
  {
    file: 'libs/web/identity/src/probe.ts',
    code: "import { Repository } from 'typeorm';\nexport const probe = Repository;\n",
    forbidden: true,
    why: 'web imports typeorm',
  },
  {
    file: 'libs/web/identity/src/probe.ts',
    code: "import { UsersService } from '@planbord/api-identity';\nexport const probe = UsersService;\n",
    forbidden: true,
    why: 'web imports an api feature',
  },
  {
    file: 'libs/api/core/src/probe.ts',
    code: "import { UsersService } from '@planbord/api-identity';\nexport const probe = UsersService;\n",
    forbidden: true,
    why: 'util imports a feature',
  },
  {
    file: 'libs/api/identity/src/probe.ts',
    code: "import { can } from '@planbord/domain';\nexport const probe = can;\n",
    forbidden: false,
    why: 'feature imports the shared domain',
  },
];

// The probe files exist only here, so TypeScript's project cannot type them: the type-aware rules sit this one out.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
let passed = 0;
let failed = 0;
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: resolve(root, c.file) });
  const boundaryErrors = result.messages.filter(
    (m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports',
  );
  // A probe that does not parse proves nothing either way.
  const parsed = !result.messages.some((m) => m.fatal);
  const ok = parsed && (c.forbidden ? boundaryErrors.length > 0 : boundaryErrors.length === 0);
  console.log(`${ok ? '✓' : '✕'} module boundaries: ${c.forbidden ? 'refuses' : 'allows'} ${c.why} (${c.file})`);
  if (ok) passed++;
  else failed++;
}
console.log(`boundaries: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
