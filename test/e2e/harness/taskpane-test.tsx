// taskpane-test.html: the production pane over the Excel simulator (see hooks.ts for the load order).
import { startPane } from '../../../src/taskpane/start';
import { installSimulatorAfterOfficeJs } from './hooks';

void installSimulatorAfterOfficeJs().then(() => startPane(document.getElementById('root')!));
