//! Photo files around a sync (ADR 0720): photos a teammate added are
//! downloaded and put through the same hostile-input pipeline as an import,
//! outside any store transaction; files of removed photos are deleted once no
//! unconfirmed op needs them.

use marketplace_api::MarketplaceClient;
use shopkeeper_media::Limits;

use crate::Shop;
use crate::error::Result;

/// Photos fetched per sync at most (the rest wait for the next one).
const DOWNLOADS_PER_SYNC: u32 = 60;
/// How long a photo removed on this desktop keeps its files after the
/// removal is confirmed, so that Undo (offered for 10 s) still works.
pub const UNDO_WINDOW: std::time::Duration = std::time::Duration::from_secs(120);

/// What one pass over photo files did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhotoFilesReport {
    pub downloaded: usize,
    /// Downloads refused or failed (tried again next time, a few times).
    pub failed: usize,
    /// Removed photos whose files were deleted.
    pub deleted: usize,
}

impl Shop {
    /// After a sync: fetch the files of photos known only from the
    /// marketplace, and delete those of removed photos nothing needs. A bad
    /// or missing file never fails the sync: the photo keeps its placeholder.
    pub async fn sync_photo_files(&self, client: &MarketplaceClient) -> Result<PhotoFilesReport> {
        let mut report = PhotoFilesReport::default();
        for (id, listing_id) in self.store.photos_to_download(DOWNLOADS_PER_SYNC).await? {
            match self.download_photo(client, &id, &listing_id).await {
                Ok(true) => report.downloaded += 1,
                Ok(false) => {}
                Err(e) => {
                    tracing::warn!(photo = %id, error = %e, "a teammate's photo could not be fetched");
                    report.failed += 1;
                    self.store.photo_download_failed(&id).await?;
                }
            }
        }
        report.deleted = self.delete_removed_photo_files(UNDO_WINDOW).await?;
        if report.downloaded > 0 || report.deleted > 0 {
            self.changed.notify_one();
        }
        Ok(report)
    }

    async fn download_photo(
        &self,
        client: &MarketplaceClient,
        id: &str,
        listing_id: &str,
    ) -> std::result::Result<bool, String> {
        let uuid = uuid::Uuid::parse_str(id).map_err(|e| e.to_string())?;
        let limits = Limits::default();
        let (_, bytes) = client
            .download_photo(uuid, limits.max_file_bytes)
            .await
            .map_err(|e| e.to_string())?;
        let pipeline = self.pipeline.clone();
        let root = self.photos_dir();
        let dir = root.join(listing_id).join(id);
        let (lid, pid) = (listing_id.to_owned(), id.to_owned());
        let written = tokio::task::spawn_blocking(move || {
            // A folder left by an earlier attempt is replaced.
            let _ = std::fs::remove_dir_all(root.join(&lid).join(&pid));
            let name = format!("{pid}.jpg");
            crate::photos::process_and_write(&pipeline, &root, &lid, &name, &bytes, pid)
        })
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
        let stored = self
            .store
            .set_downloaded_photo(&written.photo)
            .await
            .map_err(|e| e.to_string())?;
        if !stored {
            // Removed (or fetched by another pass) meanwhile.
            let _ = tokio::fs::remove_dir_all(&dir).await;
        }
        Ok(stored)
    }

    /// Deletes the folders of removed photos that no unconfirmed op refers
    /// to (removed here: at least `undo_window` ago), then forgets them.
    pub async fn delete_removed_photo_files(
        &self,
        undo_window: std::time::Duration,
    ) -> Result<usize> {
        let window = i64::try_from(undo_window.as_millis()).unwrap_or(i64::MAX);
        let before = crate::now_ms().saturating_sub(window);
        let gone = self.store.unneeded_removed_photos(before).await?;
        if gone.is_empty() {
            return Ok(0);
        }
        let root = self.photos_dir();
        let mut forgotten = Vec::new();
        for p in &gone {
            // Only a folder named by the ids themselves, inside photos/.
            let safe = |s: &str| uuid::Uuid::parse_str(s).is_ok();
            if !safe(&p.id) || !safe(&p.listing_id) {
                continue;
            }
            let dir = root.join(&p.listing_id).join(&p.id);
            match tokio::fs::remove_dir_all(&dir).await {
                Ok(()) => forgotten.push(p.id.clone()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => forgotten.push(p.id.clone()),
                Err(e) => {
                    tracing::warn!(path = %dir.display(), error = %e, "a removed photo's files could not be deleted")
                }
            }
        }
        self.store.forget_removed_photos(&forgotten).await?;
        Ok(forgotten.len())
    }
}
