import { TaskFields } from './task-fields';

export class CreateTaskDto extends TaskFields {}
