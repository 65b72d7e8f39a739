// The operating system's open and save dialogs, attached to the window the user is working in.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { BrowserWindow, app, dialog } from 'electron';
import type { FileDialogs } from './files';

export const electronDialogs: FileDialogs = {
  async chooseFilesToOpen({ title, filters, multiple }) {
    const options: OpenDialogOptions = {
      title,
      filters,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  },
  async chooseFolder({ title }) {
    const options: OpenDialogOptions = {
      title,
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
  },
  async chooseSavePath({ suggestedName, filters }) {
    const options: SaveDialogOptions = {
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || result.filePath === '' ? null : result.filePath;
  },
};
