import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiProblems } from '../common/api-problems.decorator';
import { Public } from '../common/public.decorator';

class HealthStatus {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: 'ok';
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness: the process answers. Never touches the database, so an outage cannot get it restarted. */
  @Get()
  @ApiOkResponse({ type: HealthStatus })
  live(): HealthStatus {
    return { status: 'ok' };
  }

  /** Readiness: the database answers within the pool's connect and statement timeouts. */
  @Get('ready')
  @ApiOkResponse({ type: HealthStatus })
  @ApiProblems(503)
  async ready(): Promise<HealthStatus> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('The database is not reachable.');
    }
    return { status: 'ok' };
  }
}
