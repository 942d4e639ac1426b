import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The started job engine, for any feature that schedules work (reminders, webhook deliveries). */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
