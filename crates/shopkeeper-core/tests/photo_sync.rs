//! Listing photos and size charts through the real sandbox marketplace
//! (ADR 0720): offline gallery edits reach the marketplace once, as
//! metadata-free JPEGs in the seller's order; a teammate's desktop downloads
//! and shows them, with the size chart; removed photos leave no files behind.

mod common;

use common::images::{contains, jpeg};
use common::proxy::{Chaos, Proxy};
use common::*;
use shopkeeper_core::sizes::{self, Unit};
use shopkeeper_core::*;

/// A JPEG carrying an EXIF block with a GPS position marker string.
fn with_gps_exif(jpeg: &[u8]) -> Vec<u8> {
    let mut t: Vec<u8> = b"II".to_vec();
    t.extend_from_slice(&42u16.to_le_bytes());
    t.extend_from_slice(&8u32.to_le_bytes());
    t.extend_from_slice(&1u16.to_le_bytes());
    // ImageDescription (ASCII) pointing at a marker string.
    t.extend_from_slice(&0x010Eu16.to_le_bytes());
    t.extend_from_slice(&2u16.to_le_bytes());
    let marker = b"SECRET-GPS-SPOT\0";
    t.extend_from_slice(&(marker.len() as u32).to_le_bytes());
    t.extend_from_slice(&(8u32 + 2 + 12 + 4).to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(marker);
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&t);
    let len = u16::try_from(payload.len() + 2).expect("fits");
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn sized(title: &str, sku: &str) -> ListingInput {
    let mut l = bag(title, sku, 3);
    let mut m = l.variants[0].clone();
    l.variants[0].options = vec![OptionValue {
        name: "size".into(),
        value: "S".into(),
    }];
    m.sku = format!("{sku}-M");
    m.options = vec![OptionValue {
        name: "size".into(),
        value: "M".into(),
    }];
    l.variants.push(m);
    l
}

fn uuid(s: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(s).expect("uuid")
}

/// Every live photo of the listing has its renditions on disk.
fn files_on_disk(shop: &Shop, photos: &[Photo]) -> bool {
    photos.iter().all(|p| {
        !p.renditions.is_empty()
            && p.renditions
                .iter()
                .all(|r| shop.photos_dir().join(&r.file).is_file())
    })
}

#[tokio::test]
async fn gallery_and_size_chart_reach_the_marketplace_once_and_a_teammate() {
    let m = market(|_| {}).await;
    // A's every request reaches the marketplace twice (a retry after a lost
    // reply): nothing may be created twice.
    let proxy = Proxy::start(&m.sandbox.url(), 7).await;
    let a = desktop_via(&m, &proxy.url).await;
    let b = desktop(&m).await;

    // Offline on A: a listing, two photos (one with EXIF), reordered with the
    // second as primary, and a size chart on its size option.
    let l = a
        .shop
        .create_listing(&sized("Blusa de linho", "BLUSA-1"))
        .await
        .expect("create");
    let p1 = a
        .shop
        .import_photo_bytes(&l.id, "front.jpg", with_gps_exif(&jpeg(1800, 1200)))
        .await
        .expect("photo 1");
    let p2 = a
        .shop
        .import_photo_bytes(&l.id, "back.jpg", jpeg(900, 1400))
        .await
        .expect("photo 2");
    let order = vec![p2.id.clone(), p1.id.clone()];
    a.shop
        .arrange_photos(&l.id, &order, &p2.id)
        .await
        .expect("arrange");
    let input = sizes::template_input("womens-tops", "Blusas", Unit::Cm).expect("template");
    let chart = a.shop.save_size_chart(None, &input).await.expect("chart");
    a.shop
        .set_listing_size_chart(&l.id, "size", Some(&chart.id))
        .await
        .expect("attach");

    proxy.set_chaos(Chaos {
        duplicate: 1.0,
        ..Chaos::default()
    });
    a.sync().await;
    proxy.set_chaos(Chaos::default());
    assert!(a.shop.pending_ops().await.expect("ops").is_empty());
    assert!(a.shop.conflicts().await.expect("c").is_empty());

    // The marketplace: the photos in A's order, p2 primary, as JPEGs
    // without the EXIF block; the chart tied to the size option.
    let on_m = m.owner.get_listing(uuid(&l.id)).await.expect("listing");
    let ids: Vec<String> = on_m.photos.iter().map(|p| p.id.to_string()).collect();
    assert_eq!(ids, order);
    assert_eq!(on_m.primary_photo_id, Some(uuid(&p2.id)));
    for p in &on_m.photos {
        assert_eq!(p.content_type, "image/jpeg");
        let (ct, bytes) = m.owner.download_photo(p.id, 50 << 20).await.expect("bytes");
        assert_eq!(ct, "image/jpeg");
        assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
        assert!(!contains(&bytes, b"Exif\0\0"), "no EXIF on the marketplace");
        assert!(!contains(&bytes, b"SECRET-GPS-SPOT"));
    }
    assert_eq!(on_m.size_charts.len(), 1);
    assert_eq!(on_m.size_charts[0].option, "size");
    assert_eq!(on_m.size_charts[0].size_chart_id, uuid(&chart.id));
    {
        use sqlx::Connection;
        let mut db = m.db().await;
        let (photos,): (i64,) = sqlx::query_as("SELECT count(*) FROM photos")
            .fetch_one(&mut db)
            .await
            .expect("count");
        assert_eq!(photos, 2, "each photo stored once");
        let (charts,): (i64,) = sqlx::query_as("SELECT count(*) FROM size_charts")
            .fetch_one(&mut db)
            .await
            .expect("count");
        assert_eq!(charts, 1);
        db.close().await.expect("close");
    }

    // B pulls: same photos in the same order, files on disk, same chart.
    b.sync().await;
    let on_b = b.shop.listing_photos(&l.id).await.expect("photos");
    assert_eq!(on_b.iter().map(|p| p.id.clone()).collect::<Vec<_>>(), order);
    assert!(on_b[0].is_primary && !on_b[1].is_primary);
    assert!(
        files_on_disk(&b.shop, &on_b),
        "B downloaded and processed them"
    );
    // B's copy was made from the 1600 px rendition A uploaded.
    assert_eq!(on_b[1].width, 1600);
    assert!((1066..=1067).contains(&on_b[1].height));
    let b_chart = b.shop.size_chart(&chart.id).await.expect("chart on B");
    assert_eq!(b_chart.rows, chart.rows);
    assert_eq!(b_chart.measures, chart.measures);
    assert_eq!(
        b.shop
            .listing_size_charts(&l.id)
            .await
            .expect("ties")
            .get("size"),
        Some(&chart.id)
    );
    assert!(
        b.shop.pending_ops().await.expect("ops").is_empty(),
        "a pull writes no ops"
    );

    // A removes the primary photo: gone on the marketplace and on B, files
    // deleted on both desktops.
    let a_dir = a.shop.photos_dir().join(&l.id).join(&p2.id);
    let b_dir = b.shop.photos_dir().join(&l.id).join(&p2.id);
    assert!(a_dir.is_dir() && b_dir.is_dir());
    a.shop.remove_photo(&p2.id).await.expect("remove");
    assert!(a_dir.is_dir(), "kept while the removal is unsent (undo)");
    a.sync().await;
    let on_m = m.owner.get_listing(uuid(&l.id)).await.expect("listing");
    assert_eq!(
        on_m.photos
            .iter()
            .map(|p| p.id.to_string())
            .collect::<Vec<_>>(),
        std::slice::from_ref(&p1.id)
    );
    assert_eq!(on_m.primary_photo_id, Some(uuid(&p1.id)));
    assert!(
        m.owner
            .download_photo(uuid(&p2.id), 50 << 20)
            .await
            .is_err()
    );
    assert!(a_dir.is_dir(), "kept through the undo window");
    assert_eq!(
        a.shop
            .delete_removed_photo_files(std::time::Duration::ZERO)
            .await
            .expect("clean"),
        1
    );
    assert!(
        !a_dir.exists(),
        "A's files deleted once the removal is confirmed"
    );
    b.sync().await;
    let on_b = b.shop.listing_photos(&l.id).await.expect("photos");
    assert_eq!(on_b.len(), 1);
    assert_eq!(on_b[0].id, p1.id);
    assert!(on_b[0].is_primary);
    assert!(!b_dir.exists(), "B's files deleted");
    assert_eq!(a.shop.integrity_check().await.expect("ic"), "ok");
    assert_eq!(b.shop.integrity_check().await.expect("ic"), "ok");
}

#[tokio::test]
async fn photos_added_offline_on_two_desktops_both_stay() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Carteira", "CART-9", 2))
        .await
        .expect("create");
    a.sync().await;
    b.sync().await;

    let pa = a
        .shop
        .import_photo_bytes(&l.id, "a.jpg", jpeg(400, 300))
        .await
        .expect("a");
    let pb = b
        .shop
        .import_photo_bytes(&l.id, "b.jpg", jpeg(300, 400))
        .await
        .expect("b");
    a.sync().await;
    b.sync().await;
    a.sync().await;

    let on_m = m.owner.get_listing(uuid(&l.id)).await.expect("listing");
    let ids: Vec<String> = on_m.photos.iter().map(|p| p.id.to_string()).collect();
    assert_eq!(
        ids,
        [pb.id.clone(), pa.id.clone()],
        "B's gallery, then A's photo it did not know"
    );
    for d in [&a, &b] {
        let photos = d.shop.listing_photos(&l.id).await.expect("photos");
        assert_eq!(photos.iter().map(|p| p.id.clone()).collect::<Vec<_>>(), ids);
        assert!(files_on_disk(&d.shop, &photos));
    }
}

#[tokio::test]
async fn a_photo_the_marketplace_serves_broken_stays_a_placeholder_and_sync_goes_on() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Cinto", "CINTO-1", 2))
        .await
        .expect("create");
    let p = a
        .shop
        .import_photo_bytes(&l.id, "belt.jpg", jpeg(500, 500))
        .await
        .expect("photo");
    a.sync().await;
    // The stored bytes go bad on the marketplace (a truncated file).
    {
        use sqlx::ConnectOptions;
        let mut db = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(m.db_path())
            .connect()
            .await
            .expect("open");
        sqlx::query("UPDATE photos SET data = substr(data, 1, 300) WHERE id = ?")
            .bind(&p.id)
            .execute(&mut db)
            .await
            .expect("truncate");
    }
    for _ in 0..4 {
        b.sync().await;
    }
    let on_b = b.shop.listing_photos(&l.id).await.expect("photos");
    assert_eq!(on_b.len(), 1);
    assert!(on_b[0].renditions.is_empty(), "a placeholder, no files");
    assert!(b.shop.photo_thumbnail(&on_b[0]).await.is_err());
    // Other edits still sync.
    edit(&a.shop, &l.id, |i| {
        i.texts[0].title = "Cinto trançado".into()
    })
    .await;
    a.sync().await;
    b.sync().await;
    assert_eq!(
        b.shop.listing(&l.id).await.expect("l").texts[0].title,
        "Cinto trançado"
    );
}
