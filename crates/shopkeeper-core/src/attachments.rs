//! Photos sent with a buyer message (issue 4): the same hostile-input
//! pipeline as listing photos, off the async threads. A picked photo becomes a
//! draft under `attachments/<id>/` (`photo.jpg`, the largest JPEG rendition,
//! and `thumb.jpg`, 220 px; no original is kept, so no metadata either) until
//! a message names it; the message's `message.send` op then declares it as a
//! file to upload first (see `shopkeeper_store::BlobRef`).

use std::path::{Path, PathBuf};

use shopkeeper_media::OutputFormat;
use shopkeeper_store::{BlobRef, MessageAttachment};

use crate::Shop;
use crate::error::{CoreError, FieldError, Result};
use crate::photos::{THUMBNAIL_SIDE, io_error, media_error, read_photo_file};

/// Most photos one message may carry (the marketplace's limit).
pub const MAX_ATTACHMENTS: usize = 5;

const PHOTO: &str = "photo.jpg";
const THUMB: &str = "thumb.jpg";

/// A photo ready to be sent with the next message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftAttachment {
    pub id: String,
    /// The file name as picked.
    pub name: String,
    pub width: u32,
    pub height: u32,
    /// The picked file carried a GPS position (the sent photo does not).
    pub had_gps: bool,
    /// The 220 px JPEG.
    pub thumbnail: Vec<u8>,
}

fn rel(id: &str, file: &str) -> String {
    format!("attachments/{id}/{file}")
}

impl Shop {
    fn attachments_dir(&self) -> PathBuf {
        self.files_dir().join("attachments")
    }

    /// Prepares a picked or dropped photo file for a message.
    pub async fn prepare_attachment_file(&self, path: &Path) -> Result<DraftAttachment> {
        let (name, bytes) = read_photo_file(path).await?;
        self.prepare_attachment(&name, bytes).await
    }

    /// Checks, strips and resizes a photo for a message and keeps it as a
    /// draft. A refused file (too large, a bomb, truncated, HEIC...) gets the
    /// same localized messages as a listing photo and writes nothing.
    pub async fn prepare_attachment(&self, name: &str, bytes: Vec<u8>) -> Result<DraftAttachment> {
        let pipeline = self.pipeline.clone();
        let root = self.attachments_dir();
        let n = name.to_owned();
        tokio::task::spawn_blocking(move || -> Result<DraftAttachment> {
            let processed = pipeline.process(&bytes).map_err(|e| media_error(&n, &e))?;
            let jpegs = || {
                processed
                    .renditions
                    .iter()
                    .filter(|r| r.format == OutputFormat::Jpeg)
            };
            let (Some(large), Some(thumb)) = (
                jpegs().max_by_key(|r| r.long_side),
                jpegs()
                    .find(|r| r.long_side == THUMBNAIL_SIDE)
                    .or_else(|| jpegs().min_by_key(|r| r.long_side)),
            ) else {
                return Err(CoreError::Validation(vec![
                    FieldError::new("photo", "photo-encode-failed").arg("name", n.as_str()),
                ]));
            };
            let id = uuid::Uuid::now_v7().to_string();
            let dir = root.join(&id);
            let tmp = root.join(format!(".{id}.partial"));
            let write = || -> std::io::Result<()> {
                std::fs::create_dir_all(&tmp)?;
                std::fs::write(tmp.join(PHOTO), &large.bytes)?;
                std::fs::write(tmp.join(THUMB), &thumb.bytes)?;
                std::fs::rename(&tmp, &dir)
            };
            write().map_err(|e| {
                let _ = std::fs::remove_dir_all(&tmp);
                io_error(&n, &e)
            })?;
            Ok(DraftAttachment {
                id,
                name: n,
                width: large.width,
                height: large.height,
                had_gps: processed.had_gps,
                thumbnail: thumb.bytes.clone(),
            })
        })
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "attachment worker failed");
            CoreError::Validation(vec![
                FieldError::new("photo", "photo-encode-failed").arg("name", name),
            ])
        })?
    }

    /// Throws a draft away (the seller removed it before sending). A photo a
    /// message already names is kept.
    pub async fn discard_attachment(&self, id: &str) -> Result<()> {
        let id = draft_id(id)?;
        if self.store.attachment_in_use(&id).await? {
            return Ok(());
        }
        match tokio::fs::remove_dir_all(self.attachments_dir().join(&id)).await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(CoreError::Internal(e.to_string())),
        }
    }

    /// The drafts `ids` as a message's attachments: each must be a prepared
    /// photo still on disk.
    pub(crate) async fn draft_attachments(&self, ids: &[String]) -> Result<Vec<MessageAttachment>> {
        if ids.len() > MAX_ATTACHMENTS {
            return Err(CoreError::Validation(vec![
                FieldError::new("attachments", "message-too-many-attachments")
                    .arg("max", MAX_ATTACHMENTS),
            ]));
        }
        let mut out = Vec::with_capacity(ids.len());
        for (i, raw) in ids.iter().enumerate() {
            let missing = || {
                CoreError::Validation(vec![FieldError::new(
                    format!("attachments.{i}"),
                    "message-attachment-missing",
                )])
            };
            let id = draft_id(raw).map_err(|_| missing())?;
            if out.iter().any(|a: &MessageAttachment| a.id == id) {
                continue;
            }
            let file = rel(&id, PHOTO);
            if !tokio::fs::try_exists(self.files_dir().join(&file))
                .await
                .unwrap_or(false)
            {
                return Err(missing());
            }
            out.push(MessageAttachment {
                thumbnail: Some(rel(&id, THUMB)),
                id,
                content_type: "image/jpeg".into(),
                file: Some(file),
            });
        }
        Ok(out)
    }

    /// The 220 px JPEG of a message's photo kept on this desktop (none for a
    /// photo only the marketplace has).
    pub async fn attachment_thumbnail(&self, a: &MessageAttachment) -> Option<Vec<u8>> {
        let file = a.thumbnail.as_ref()?;
        tokio::fs::read(self.files_dir().join(file)).await.ok()
    }
}

/// The files of a message's photos the marketplace must receive first.
pub(crate) fn blobs(attachments: &[MessageAttachment]) -> Vec<BlobRef> {
    attachments
        .iter()
        .filter_map(|a| {
            Some(BlobRef {
                id: a.id.clone(),
                file: a.file.clone()?,
                content_type: a.content_type.clone(),
            })
        })
        .collect()
}

/// A draft's id, canonical; anything else (a path, `..`) is refused.
fn draft_id(id: &str) -> Result<String> {
    uuid::Uuid::parse_str(id)
        .map(|u| u.to_string())
        .map_err(|_| CoreError::NotFound("attachment"))
}
