import { jobDefinitions, jobSchedules } from './app';
import { serve } from './serve';

await serve({ jobDefinitions, jobSchedules });
