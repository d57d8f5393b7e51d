//! A listing's photos: rows that point at files under `<data dir>/photos`.
//! Every write carries its outbox ops and audit entry in the same transaction.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::ChangeRecord;
use crate::{Result, Store, StoreError, parse_json, write_change};

/// One encoded size of a photo, as a file relative to the photos folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoFile {
    pub long_side: u32,
    /// `jpeg` or `webp`.
    pub format: String,
    pub width: u32,
    pub height: u32,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    pub id: String,
    pub listing_id: String,
    /// 0-based order in the listing's gallery.
    pub position: i64,
    pub is_primary: bool,
    /// The original as imported, relative to the photos folder.
    pub file_ref: String,
    /// `jpeg`, `png` or `webp`.
    pub source_format: String,
    pub original_name: String,
    /// Full size after the EXIF orientation.
    pub width: u32,
    pub height: u32,
    pub sha256: String,
    /// The original carried a GPS position (removed from every rendition).
    pub had_gps: bool,
    pub renditions: Vec<PhotoFile>,
    pub created_at: i64,
}

type PhotoRow = (
    String,
    String,
    i64,
    bool,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<String>,
    bool,
    String,
    i64,
);

const COLUMNS: &str = "id, listing_id, position, is_primary, file_ref, source_format, original_name, \
                       width, height, sha256, had_gps, renditions, created_at";

fn photo_of(row: PhotoRow) -> Result<Photo> {
    let (
        id,
        listing_id,
        position,
        is_primary,
        file_ref,
        source_format,
        original_name,
        width,
        height,
        sha256,
        had_gps,
        renditions,
        created_at,
    ) = row;
    let dim = |v: Option<i64>| u32::try_from(v.unwrap_or(0)).unwrap_or(0);
    Ok(Photo {
        id,
        listing_id,
        position,
        is_primary,
        file_ref,
        source_format,
        original_name,
        width: dim(width),
        height: dim(height),
        sha256: sha256.unwrap_or_default(),
        had_gps,
        renditions: parse_json(&renditions)?,
        created_at,
    })
}

impl Store {
    /// The listing's live photos in gallery order.
    pub async fn photos(&self, listing_id: &str) -> Result<Vec<Photo>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM photos WHERE listing_id = ? AND removed_at IS NULL ORDER BY position, created_at"
        );
        let rows: Vec<PhotoRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(listing_id)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(photo_of).collect()
    }

    /// One photo, removed or not.
    pub async fn photo(&self, id: &str) -> Result<Option<(Photo, bool)>> {
        let sql = format!("SELECT {COLUMNS}, removed_at IS NOT NULL FROM photos WHERE id = ?");
        type Row = (
            String,
            String,
            i64,
            bool,
            String,
            String,
            String,
            Option<i64>,
            Option<i64>,
            Option<String>,
            bool,
            String,
            i64,
            bool,
        );
        let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let removed = r.13;
            photo_of((
                r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12,
            ))
            .map(|p| (p, removed))
        })
        .transpose()
    }

    /// Adds a photo whose files are already on disk, with its op and audit.
    pub async fn add_photo(&self, photo: &Photo, change: &ChangeRecord) -> Result<()> {
        let mut tx = self.write().await?;
        let exists: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM listings WHERE id = ?")
            .bind(&photo.listing_id)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound("listing"));
        }
        if photo.is_primary {
            sqlx::query("UPDATE photos SET is_primary = 0 WHERE listing_id = ?")
                .bind(&photo.listing_id)
                .execute(&mut *tx)
                .await?;
        }
        let sql = format!(
            "INSERT INTO photos ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&photo.id)
            .bind(&photo.listing_id)
            .bind(photo.position)
            .bind(photo.is_primary)
            .bind(&photo.file_ref)
            .bind(&photo.source_format)
            .bind(&photo.original_name)
            .bind(i64::from(photo.width))
            .bind(i64::from(photo.height))
            .bind(&photo.sha256)
            .bind(photo.had_gps)
            .bind(
                serde_json::to_string(&photo.renditions)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            )
            .bind(photo.created_at)
            .execute(&mut *tx)
            .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes the gallery order and the primary photo: `order` lists the
    /// listing's live photo ids, first shown first.
    pub async fn arrange_photos(
        &self,
        listing_id: &str,
        order: &[String],
        primary: Option<&str>,
        change: &ChangeRecord,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        for (position, id) in order.iter().enumerate() {
            sqlx::query(
                "UPDATE photos SET position = ?, is_primary = ? WHERE id = ? AND listing_id = ?",
            )
            .bind(position as i64)
            .bind(primary == Some(id.as_str()))
            .bind(id)
            .bind(listing_id)
            .execute(&mut *tx)
            .await?;
        }
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks a photo removed (`Some(at)`) or brings it back (`None`), then
    /// writes the remaining gallery's order and primary like
    /// [`Store::arrange_photos`].
    pub async fn set_photo_removed(
        &self,
        photo_id: &str,
        removed_at: Option<i64>,
        listing_id: &str,
        order: &[String],
        primary: Option<&str>,
        change: &ChangeRecord,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE photos SET removed_at = ?, removed_remotely = 0 WHERE id = ? AND listing_id = ?",
        )
            .bind(removed_at)
            .bind(photo_id)
            .bind(listing_id)
            .execute(&mut *tx)
            .await?;
        for (position, id) in order.iter().enumerate() {
            sqlx::query(
                "UPDATE photos SET position = ?, is_primary = ? WHERE id = ? AND listing_id = ?",
            )
            .bind(position as i64)
            .bind(primary == Some(id.as_str()))
            .bind(id)
            .bind(listing_id)
            .execute(&mut *tx)
            .await?;
        }
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// A listing's gallery and size charts as the marketplace has them, from a
/// pulled listing change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PulledGallery {
    pub listing_id: String,
    /// The listing's version this gallery belongs to.
    pub version: i64,
    /// Photo ids in display order.
    pub photos: Vec<String>,
    pub primary: Option<String>,
    /// Option name → size chart id.
    pub size_charts: Vec<(String, String)>,
}

/// Applies pulled galleries (and listing ↔ size chart ties) inside the pull's
/// transaction. Only a gallery of the listing's current base version is
/// applied, and not while this desktop's own photo ops on it are unconfirmed
/// (likewise ties and its own `listing.size_chart` ops). Photos new to this
/// desktop get a placeholder row (`remote_pending`) whose files are fetched
/// after the pull; photos gone from the gallery are marked removed (their
/// files are deleted once nothing pending needs them).
///
/// A page carries a gallery for every listing in it, so this runs a fixed
/// number of statements per page, never a few per listing.
pub(crate) async fn apply_galleries(
    conn: &mut sqlx::SqliteConnection,
    galleries: &[PulledGallery],
    now: i64,
) -> Result<()> {
    // The latest gallery per listing in this page.
    let mut latest: HashMap<&str, &PulledGallery> = HashMap::new();
    for g in galleries {
        match latest.get(g.listing_id.as_str()) {
            Some(prev) if prev.version >= g.version => {}
            _ => {
                latest.insert(&g.listing_id, g);
            }
        }
    }
    if latest.is_empty() {
        return Ok(());
    }
    let ids: Vec<&str> = latest.keys().copied().collect();
    // Per listing with a view row: its base version, and whether this
    // desktop's own photo / size chart tie ops on it are still unconfirmed.
    // Read on the writer's own handle: a first sync asks this of thousands
    // of listings per group, and sqlx would pass each row across threads.
    let ids = to_json(&ids)?;
    let state: Vec<(String, i64, bool, bool)> = crate::raw::with_handle(conn, |db| {
        db.prepare(
            "SELECT b.id, b.version, \
               EXISTS (SELECT 1 FROM outbox o WHERE o.listing_id = b.id AND o.kind LIKE 'photo.%' \
                       AND o.status IN ('pending', 'applied')), \
               EXISTS (SELECT 1 FROM outbox o WHERE o.listing_id = b.id AND o.kind = 'listing.size_chart' \
                       AND o.status IN ('pending', 'applied')) \
             FROM base_listings b JOIN listings l ON l.id = b.id \
             WHERE b.id IN (SELECT value FROM json_each(?))",
        )?
        .query_map([&ids], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect()
    })
    .await?;
    let mut photos_of: Vec<&PulledGallery> = Vec::new();
    let mut ties_of: Vec<&PulledGallery> = Vec::new();
    for (id, version, own_photos, own_ties) in &state {
        let Some(g) = latest.get(id.as_str()).copied() else {
            continue;
        };
        if *version != g.version {
            continue;
        }
        if !own_photos {
            photos_of.push(g);
        }
        if !own_ties {
            ties_of.push(g);
        }
    }

    if !photos_of.is_empty() {
        // Photo ids are unique across listings: what no gallery of the page
        // keeps is gone from its listing.
        let listings: Vec<&str> = photos_of.iter().map(|g| g.listing_id.as_str()).collect();
        let kept: Vec<&str> = photos_of
            .iter()
            .flat_map(|g| g.photos.iter().map(String::as_str))
            .collect();
        sqlx::query(
            "UPDATE photos SET removed_at = ?, removed_remotely = 1 WHERE removed_at IS NULL \
             AND listing_id IN (SELECT value FROM json_each(?)) AND id NOT IN (SELECT value FROM json_each(?))",
        )
        .bind(now)
        .bind(to_json(&listings)?)
        .bind(to_json(&kept)?)
        .execute(&mut *conn)
        .await?;
        let rows: Vec<(&PulledGallery, usize, &String)> = photos_of
            .iter()
            .flat_map(|g| g.photos.iter().enumerate().map(move |(i, id)| (*g, i, id)))
            .collect();
        for chunk in rows.chunks(crate::listings::MAX_BINDS / 5) {
            let mut qb = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO photos (id, listing_id, position, is_primary, file_ref, created_at, remote_pending) ",
            );
            qb.push_values(chunk, |mut b, (g, position, id)| {
                b.push_bind(id.as_str())
                    .push_bind(g.listing_id.as_str())
                    .push_bind(*position as i64)
                    .push_bind(g.primary.as_deref() == Some(id.as_str()))
                    .push("''")
                    .push_bind(now)
                    .push("1");
            });
            qb.push(
                " ON CONFLICT(id) DO UPDATE SET listing_id = excluded.listing_id, position = excluded.position, \
                 is_primary = excluded.is_primary, removed_at = NULL",
            );
            qb.build().execute(&mut *conn).await?;
        }
    }

    // Ties: listings whose gallery names no chart lose theirs in one
    // statement; the few that name charts go one by one.
    let (untie, tie): (Vec<&PulledGallery>, Vec<&PulledGallery>) =
        ties_of.into_iter().partition(|g| g.size_charts.is_empty());
    if !untie.is_empty() {
        let listings: Vec<&str> = untie.iter().map(|g| g.listing_id.as_str()).collect();
        sqlx::query(
            "UPDATE listing_options SET size_chart_id = NULL WHERE size_chart_id IS NOT NULL \
             AND listing_id IN (SELECT value FROM json_each(?))",
        )
        .bind(to_json(&listings)?)
        .execute(&mut *conn)
        .await?;
    }
    for g in tie {
        crate::sizes::apply_ties(conn, &g.listing_id, &g.size_charts).await?;
    }
    Ok(())
}

fn to_json(ids: &[&str]) -> Result<String> {
    serde_json::to_string(ids).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store {
    /// Photos known from the marketplace whose files are not on this desktop
    /// yet (and that have not failed too often), at most `limit`.
    pub async fn photos_to_download(&self, limit: u32) -> Result<Vec<(String, String)>> {
        Ok(sqlx::query_as(
            "SELECT id, listing_id FROM photos WHERE remote_pending = 1 AND removed_at IS NULL \
             AND download_attempts < 3 ORDER BY created_at, id LIMIT ?",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Records the files of a downloaded photo (a fact from the marketplace:
    /// no outbox op). `false` when the row is gone or already has files.
    pub async fn set_downloaded_photo(&self, photo: &Photo) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE photos SET file_ref = ?, source_format = ?, original_name = ?, width = ?, height = ?, \
             sha256 = ?, renditions = ?, remote_pending = 0 WHERE id = ? AND remote_pending = 1",
        )
        .bind(&photo.file_ref)
        .bind(&photo.source_format)
        .bind(&photo.original_name)
        .bind(i64::from(photo.width))
        .bind(i64::from(photo.height))
        .bind(&photo.sha256)
        .bind(serde_json::to_string(&photo.renditions).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        .bind(&photo.id)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Counts a failed download of a photo.
    pub async fn photo_download_failed(&self, id: &str) -> Result<()> {
        sqlx::query("UPDATE photos SET download_attempts = download_attempts + 1 WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removed photos that no unconfirmed op refers to any more: their files
    /// can go. A removal made on this desktop also waits until `removed_before`
    /// (its undo window); one pulled from the marketplace does not.
    pub async fn unneeded_removed_photos(&self, removed_before: i64) -> Result<Vec<Photo>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM photos p WHERE removed_at IS NOT NULL \
               AND (removed_remotely = 1 OR removed_at <= ?) AND NOT EXISTS ( \
               SELECT 1 FROM outbox o WHERE o.status IN ('pending', 'applied') \
               AND o.listing_id = p.listing_id AND o.kind LIKE 'photo.%' AND instr(o.payload, p.id) > 0)"
        );
        let rows: Vec<PhotoRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(removed_before)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(photo_of).collect()
    }

    /// Forgets removed photos whose files were deleted.
    pub async fn forget_removed_photos(&self, ids: &[String]) -> Result<u64> {
        let r = sqlx::query(
            "DELETE FROM photos WHERE removed_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
        )
        .bind(serde_json::to_string(ids).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected())
    }
}
