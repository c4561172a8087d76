// commands-test.html: the production function file over the Excel simulator. The simulator's minimal Office has
// no Office.actions, so we record what the command code associates and let the test invoke it like the ribbon.
import { installSimulatorAfterOfficeJs } from './hooks';

void installSimulatorAfterOfficeJs().then(async (hooks) => {
  (Office as unknown as { actions: unknown }).actions = {
    associate: (name: string, fn: TestHooksAction) => {
      hooks.actions[name] = fn;
    },
  };
  await import('../../../src/commands/commands');
});

type TestHooksAction = (event: { completed(): void }) => unknown;
