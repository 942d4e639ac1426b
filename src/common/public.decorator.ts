import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'isPublic';

/** Opts a route out of the global bearer-token guard. Only the contract's public routes carry it. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
