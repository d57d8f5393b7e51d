/** The photo commands, unwrapped like `lib/api`. */
import { unwrap } from '../../lib/api';
import { commands, type Photo } from '../../lib/bindings';

export const photosApi = {
  list: (listingId: string): Promise<Photo[]> => unwrap(() => commands.listPhotos(listingId)),
  importPath: (listingId: string, path: string): Promise<Photo> =>
    unwrap(() => commands.importPhotoPath(listingId, path)),
  importData: (listingId: string, name: string, data: string): Promise<Photo> =>
    unwrap(() => commands.importPhotoData(listingId, name, data)),
  arrange: (listingId: string, order: string[], primary: string): Promise<Photo[]> =>
    unwrap(() => commands.arrangePhotos(listingId, order, primary)),
  remove: (photoId: string): Promise<Photo[]> => unwrap(() => commands.removePhoto(photoId)),
  restore: (photoId: string): Promise<Photo[]> => unwrap(() => commands.restorePhoto(photoId)),
};
