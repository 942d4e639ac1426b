import { TaskFields } from './task-fields';

/** PUT: every writable field; an omitted optional field goes back to its default. */
export class ReplaceTaskDto extends TaskFields {}
