// @ts-check

/**
 * One transaction per use case, opened by the service that owns it (issue 13): routes and
 * repositories never call `.transaction()`; services use `inUnitOfWork` (plugins/unit-of-work.ts),
 * which writes the audit rows and the live events itself, so no module calls the raw writers.
 */
const noTransaction = {
  selector: "CallExpression[callee.property.name='transaction']",
  message: 'Open the transaction in the service that owns the use case (inUnitOfWork), not in a route or a repository.',
};

const rawWriters = {
  patterns: [
    {
      group: ['**/plugins/audit'],
      importNames: ['audit', 'writeAudit'],
      message: 'Queue the audit row with uow.audit(…) (plugins/unit-of-work.ts): it is written with the change, on commit.',
    },
    {
      group: ['**/plugins/events/publish'],
      importNames: ['writeOutboxEvent'],
      message: 'Queue the live event with uow.publish(…) (plugins/unit-of-work.ts): it is written last, on commit.',
    },
  ],
};

export default [
  {
    files: ['server/src/modules/**/*.routes.ts', 'server/src/modules/**/*.repository.ts'],
    rules: { 'no-restricted-syntax': ['error', noTransaction] },
  },
  {
    files: ['server/src/modules/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', rawWriters] },
  },
];
