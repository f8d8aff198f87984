/** `npm run nlu-accuracy`: how well the console's offline NLU understands the held-out phrasings, and what it misses. */
import { formatAccuracy, measureAccuracy } from '../console/nlu/accuracy';
import { loadModel } from '../console/nlu/compile-model';
import { phrasings } from '../test/console/nlu-phrasings';

console.log(formatAccuracy(measureAccuracy(loadModel('en-US'), phrasings)));
