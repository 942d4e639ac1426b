import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiProblems } from '../common/api-problems.decorator';
import { Public } from '../common/public.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RedisConnection } from '../redis/redis-connection';
import { ShutdownState } from './shutdown-state';

class HealthStatus {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: 'ok';
}

export type DegradedPart = 'redis';

class ReadinessStatus extends HealthStatus {
  @ApiProperty({
    required: false,
    enum: ['redis'],
    isArray: true,
    maxItems: 1,
    example: ['redis'],
    description:
      'Present only when a part the service can do without is out: `redis` means the configured Redis ' +
      "does not answer, so rate limits are counted in each instance's memory (looser across instances) " +
      'until it does. The instance still serves every request.',
  })
  degraded?: DegradedPart[];
}

// A probe that waits is as bad as one that fails: orchestrators give up after a second or two.
const READY_DEADLINE_MS = 1000;

@ApiTags('health')
@Public()
// Probes come from the load balancer's few addresses, many times a minute, and must see the truth.
@SkipThrottle()
@Controller('health')
export class HealthController {
  private readonly deadlineMs: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly shutdown: ShutdownState,
    private readonly redis: RedisConnection,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.deadlineMs = Math.min(READY_DEADLINE_MS, config.dbConnectTimeoutMs);
  }

  /** Liveness: the process answers. Never touches the database, so an outage cannot get it restarted. */
  @Get()
  @ApiOperation({
    summary: 'Liveness',
    description: 'The process answers. It never touches the database, so an outage does not get the process restarted.',
  })
  @ApiOkResponse({ type: HealthStatus })
  live(): HealthStatus {
    return { status: 'ok' };
  }

  /**
   * Readiness: not shutting down, and the database answers within a second. A lost Redis does not
   * fail it (the instance serves every request without it) but is named, for operators and alerts.
   */
  @Get('ready')
  @ApiOperation({
    summary: 'Readiness',
    description:
      '200 while the service is not shutting down and the database answers within a second; 503 otherwise. ' +
      'A 200 body lists in `degraded` the parts the service is running without (`{"status":"ok","degraded":["redis"]}`); ' +
      'without them it still serves every request, so a load balancer should keep sending traffic.',
  })
  @ApiOkResponse({ type: ReadinessStatus })
  @ApiProblems(503)
  async ready(): Promise<ReadinessStatus> {
    if (this.shutdown.shuttingDown) throw new ServiceUnavailableException('The service is shutting down.');
    if (!(await this.databaseAnswers())) throw new ServiceUnavailableException('The database is not reachable.');
    return this.redis.configured && !this.redis.available ? { status: 'ok', degraded: ['redis'] } : { status: 'ok' };
  }

  /** A hung server never fails the query, so the probe stops waiting on its own. */
  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), this.deadlineMs);
    });
    const query = this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
