// The shared database instance of the running app.
import { AppDB } from './app-db';

export const db = new AppDB();
