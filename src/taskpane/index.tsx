// Production entry of taskpane.html.
import { startPane } from './start';

void startPane(document.getElementById('root')!);
