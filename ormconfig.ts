import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './src/database/data-source-options';

/**
 * The DataSource the TypeORM CLI uses (`npm run migration:*`). It targets DATABASE_URL, or the
 * embedded development database while `npm start` is running (its preferred port).
 */
export default new DataSource(
  dataSourceOptions({ url: process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:54329/todo' }),
);
