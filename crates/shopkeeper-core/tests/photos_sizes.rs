//! Photos, size charts and translations through the core API on a real shop
//! file, with photos generated here (no binary fixtures).

mod common;

use common::images::*;
use shopkeeper_core::sizes::{self, SizeChartInput, Unit};
use shopkeeper_core::*;

async fn shop_with_listing() -> (tempfile::TempDir, Shop, Listing) {
    let dir = tempfile::tempdir().expect("temp dir");
    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty)
        .await
        .expect("open shop");
    let listing = shop
        .create_listing(&ListingInput {
            state: ListingState::Active,
            default_locale: "en-US".into(),
            texts: vec![TextInput {
                locale: "en-US".into(),
                title: "Linen blouse".into(),
                description: "Loose fit.".into(),
                tags: vec!["linen".into()],
            }],
            variants: ["S", "M"]
                .iter()
                .map(|size| VariantInput {
                    id: None,
                    sku: format!("BLOUSE-{size}"),
                    options: vec![OptionValue {
                        name: "size".into(),
                        value: (*size).into(),
                    }],
                    weight_grams: "200".into(),
                    hs_code: None,
                    hs_edition: None,
                    origin_country: None,
                    customs_description: None,
                    stock: "3".into(),
                    prices: vec![PriceInput {
                        currency: "USD".into(),
                        amount: "19.90".into(),
                    }],
                })
                .collect(),
        })
        .await
        .expect("create listing");
    (dir, shop, listing)
}

// ------------------------------------------------------------------ photo makers

// ------------------------------------------------------------------------ photos

#[tokio::test]
async fn three_photos_import_oriented_stripped_sized_with_op_and_audit() {
    let (dir, shop, listing) = shop_with_listing().await;
    let src = dir.path().join("in");
    std::fs::create_dir_all(&src).expect("src dir");
    // Stored 1200x800, EXIF orientation 6 (rotate 90° CW): displayed 800x1200.
    std::fs::write(
        src.join("rotated.jpg"),
        with_exif(&jpeg(1200, 800), 6, false),
    )
    .expect("w");
    std::fs::write(src.join("gps.jpg"), with_exif(&jpeg(2000, 1500), 1, true)).expect("w");
    std::fs::write(src.join("flat.png"), png(640, 480)).expect("w");

    let rotated = shop
        .import_photo_file(&listing.id, &src.join("rotated.jpg"))
        .await
        .expect("rotated imports");
    let gps = shop
        .import_photo_file(&listing.id, &src.join("gps.jpg"))
        .await
        .expect("gps imports");
    let flat = shop
        .import_photo_file(&listing.id, &src.join("flat.png"))
        .await
        .expect("png imports");

    assert_eq!((rotated.width, rotated.height), (800, 1200));
    assert!(!rotated.had_gps);
    assert!(gps.had_gps, "the GPS photo is reported");
    assert!(!flat.had_gps);
    assert!(rotated.is_primary && !gps.is_primary && !flat.is_primary);
    assert_eq!([rotated.position, gps.position, flat.position], [0, 1, 2]);

    // Sizes exact: long side 1600 (never upscaled), 800, 220.
    let sides = |p: &Photo| -> Vec<(u32, u32, String)> {
        p.renditions
            .iter()
            .map(|r| (r.width, r.height, r.format.clone()))
            .collect()
    };
    let gps_sizes = sides(&gps);
    assert!(gps_sizes.contains(&(1600, 1200, "jpeg".into())));
    assert!(gps_sizes.contains(&(800, 600, "webp".into())));
    assert!(gps_sizes.contains(&(220, 165, "jpeg".into())));
    assert!(sides(&rotated).contains(&(533, 800, "jpeg".into())));
    assert!(sides(&rotated).contains(&(147, 220, "webp".into())));

    // Files on disk: the original kept byte for byte, no rendition has EXIF or GPS.
    let root = shop.photos_dir();
    let original = std::fs::read(root.join(&gps.file_ref)).expect("original kept");
    assert_eq!(original, std::fs::read(src.join("gps.jpg")).expect("src"));
    assert!(
        gps.file_ref
            .starts_with(&format!("{}/{}/", listing.id, gps.id))
    );
    for p in [&rotated, &gps, &flat] {
        assert_eq!(p.renditions.len(), 6);
        for r in &p.renditions {
            let bytes = std::fs::read(root.join(&r.file)).expect("rendition on disk");
            assert!(!contains(&bytes, b"Exif\0\0"), "{} has EXIF", r.file);
            assert!(!contains(&bytes, b"GPS"), "{} mentions GPS", r.file);
            let dims = image::ImageReader::new(std::io::Cursor::new(&bytes))
                .with_guessed_format()
                .expect("format")
                .into_dimensions()
                .expect("dims");
            assert_eq!(dims, (r.width, r.height), "{}", r.file);
        }
    }
    // The rotated photo's red block (stored top-left) is top-right after a 90° CW turn.
    let thumb = shop.photo_thumbnail(&rotated).await.expect("thumbnail");
    let img = image::load_from_memory(&thumb).expect("decode").to_rgb8();
    assert_eq!(img.dimensions(), (147, 220));
    let px = img.get_pixel(img.width() - 5, 5);
    assert!(px[0] > 150 && px[1] < 90, "red block top-right, got {px:?}");

    // One photo.add op and one audit entry per photo, committed with the row.
    let ops = shop.pending_ops().await.expect("ops");
    let adds: Vec<_> = ops.iter().filter(|o| o.kind == "photo.add").collect();
    assert_eq!(adds.len(), 3);
    assert!(adds.iter().all(|o| o.entity_id == listing.id));
    assert!(adds[1].payload.contains(&gps.id));
    let history = shop.listing_history(&listing.id).await.expect("history");
    assert_eq!(
        history.iter().filter(|h| h.action == "photo.add").count(),
        3
    );

    // Reorder and choose the primary: persisted, with reorder + primary ops.
    let order = vec![flat.id.clone(), rotated.id.clone(), gps.id.clone()];
    let after = shop
        .arrange_photos(&listing.id, &order, &gps.id)
        .await
        .expect("arrange");
    assert_eq!(
        after.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
        order
    );
    let reloaded = shop.listing_photos(&listing.id).await.expect("reload");
    assert_eq!(
        reloaded
            .iter()
            .map(|p| (p.id.clone(), p.is_primary))
            .collect::<Vec<_>>(),
        vec![
            (flat.id.clone(), false),
            (rotated.id.clone(), false),
            (gps.id.clone(), true)
        ]
    );
    let kinds: Vec<String> = shop
        .pending_ops()
        .await
        .expect("ops")
        .into_iter()
        .map(|o| o.kind)
        .collect();
    assert!(kinds.contains(&"photo.reorder".to_owned()));
    assert!(kinds.contains(&"photo.primary".to_owned()));

    // Remove the primary: the next becomes primary; undo brings it back as primary.
    let after = shop.remove_photo(&gps.id).await.expect("remove");
    assert_eq!(after.len(), 2);
    assert!(after[0].is_primary);
    let back = shop.restore_photo(&gps.id).await.expect("restore");
    assert_eq!(
        back.iter()
            .map(|p| (p.id.clone(), p.is_primary))
            .collect::<Vec<_>>(),
        vec![
            (flat.id.clone(), false),
            (rotated.id.clone(), false),
            (gps.id.clone(), true)
        ]
    );
    assert!(
        shop.pending_ops()
            .await
            .expect("ops")
            .iter()
            .any(|o| o.kind == "photo.remove")
    );
}

#[tokio::test]
async fn bad_files_in_a_batch_are_refused_one_by_one_while_good_ones_import() {
    let (dir, shop, listing) = shop_with_listing().await;
    let src = dir.path().join("in");
    std::fs::create_dir_all(&src).expect("src dir");
    let good = jpeg(400, 300);
    let mut heic = vec![0, 0, 0, 24];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.extend_from_slice(&[0; 64]);
    // A PNG header claiming 60000x60000.
    let mut bomb = png(8, 8);
    bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let truncated = good[..good.len() / 2].to_vec();
    let files = [
        ("a.jpg", good.clone()),
        ("b.heic", heic),
        ("c.png", bomb),
        ("d.jpg", truncated),
        ("e.jpg", good),
    ];
    let mut codes = Vec::new();
    for (name, bytes) in &files {
        std::fs::write(src.join(name), bytes).expect("write");
        match shop.import_photo_file(&listing.id, &src.join(name)).await {
            Ok(_) => codes.push("ok".to_owned()),
            Err(CoreError::Validation(f)) => {
                assert_eq!(f[0].field, "photo");
                assert!(
                    f[0].args
                        .iter()
                        .any(|(k, v)| *k == "name" && *v == Arg::Str((*name).into()))
                );
                codes.push(f[0].code.to_owned())
            }
            Err(e) => panic!("{name}: {e:?}"),
        }
    }
    assert_eq!(
        codes,
        [
            "ok",
            "photo-unsupported-format",
            "photo-too-many-pixels",
            "photo-truncated",
            "ok"
        ]
    );
    let photos = shop.listing_photos(&listing.id).await.expect("photos");
    assert_eq!(photos.len(), 2);
    assert_eq!(
        shop.pending_ops()
            .await
            .expect("ops")
            .iter()
            .filter(|o| o.kind == "photo.add")
            .count(),
        2
    );
    // Nothing of the refused files was left on disk.
    let dirs = std::fs::read_dir(shop.photos_dir().join(&listing.id))
        .expect("listing dir")
        .count();
    assert_eq!(dirs, 2);
}

#[tokio::test]
async fn oversize_files_are_refused_before_being_read() {
    let (dir, shop, listing) = shop_with_listing().await;
    let path = dir.path().join("huge.jpg");
    let f = std::fs::File::create(&path).expect("create");
    f.set_len(41 * 1024 * 1024).expect("sparse file");
    match shop.import_photo_file(&listing.id, &path).await {
        Err(CoreError::Validation(f)) => assert_eq!(f[0].code, "photo-too-large"),
        other => panic!("{other:?}"),
    }
}

// ------------------------------------------------------------------ translations

#[tokio::test]
async fn completeness_counts_and_saving_a_translation_clears_it() {
    let (_dir, shop, listing) = shop_with_listing().await;
    let o = shop.translation_overview().await.expect("overview");
    assert_eq!(o.total, 1);
    let pt = o
        .locales
        .iter()
        .find(|l| l.locale == "pt-BR")
        .expect("pt-BR");
    assert_eq!((pt.titled, pt.missing_title), (0, 1));
    let en = o
        .locales
        .iter()
        .find(|l| l.locale == "en-US")
        .expect("en-US");
    assert_eq!((en.titled, en.described, en.missing_title), (1, 1, 0));

    let saved = shop
        .set_translation(
            &listing.id,
            &TextInput {
                locale: "pt-BR".into(),
                title: "Blusa de linho".into(),
                description: String::new(),
                tags: vec!["linho".into()],
            },
        )
        .await
        .expect("save translation");
    assert!(
        saved
            .texts
            .iter()
            .any(|t| t.locale == "pt-BR" && t.title == "Blusa de linho")
    );
    // Variants, prices and stock untouched by a text edit.
    assert_eq!(saved.variants, listing.variants);
    let o = shop.translation_overview().await.expect("overview");
    let pt = o
        .locales
        .iter()
        .find(|l| l.locale == "pt-BR")
        .expect("pt-BR");
    assert_eq!(
        (pt.titled, pt.missing_title, pt.missing_description),
        (1, 0, 1)
    );
    let ops = shop.pending_ops().await.expect("ops");
    let patch = ops
        .iter()
        .rfind(|o| o.kind == "listing.patch")
        .expect("patch op");
    assert!(patch.payload.contains("texts.pt-BR"));
    // Only pt-BR's text changed.
    assert!(!patch.payload.contains("en-US"));
}

#[tokio::test]
async fn limits_are_per_locale_and_counted_in_characters() {
    let (_dir, shop, listing) = shop_with_listing().await;
    let title = |locale: &str, s: String| TextInput {
        locale: locale.into(),
        title: s,
        description: String::new(),
        tags: vec![],
    };
    // 128 Cyrillic characters (256 bytes) is within the limit.
    shop.set_translation(&listing.id, &title("ru-RU", "ж".repeat(128)))
        .await
        .expect("128 Cyrillic characters fit");
    match shop
        .set_translation(&listing.id, &title("ru-RU", "ж".repeat(129)))
        .await
    {
        Err(CoreError::Validation(f)) => {
            assert_eq!(f[0].field, "texts.ru-RU.title");
            assert_eq!(f[0].code, "title-too-long");
            assert!(f[0].args.contains(&("max", Arg::Int(128))));
        }
        other => panic!("{other:?}"),
    }
    // Chinese titles stop at 60 characters.
    shop.set_translation(&listing.id, &title("zh-CN", "丝".repeat(60)))
        .await
        .expect("60 Chinese characters fit");
    match shop
        .set_translation(&listing.id, &title("zh-CN", "丝".repeat(61)))
        .await
    {
        Err(CoreError::Validation(f)) => {
            assert_eq!(f[0].code, "title-too-long");
            assert!(f[0].args.contains(&("max", Arg::Int(60))));
        }
        other => panic!("{other:?}"),
    }
    let mut long = title("zh-CN", "丝巾".into());
    long.description = "丝".repeat(2501);
    long.tags = vec!["丝".repeat(21)];
    match shop.set_translation(&listing.id, &long).await {
        Err(CoreError::Validation(f)) => {
            let codes: Vec<&str> = f.iter().map(|e| e.code).collect();
            assert_eq!(codes, ["description-too-long", "tag-too-long"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(translations::limits("pt-BR").description, 5000);
}

// ------------------------------------------------------------------- size charts

#[test]
fn measurements_convert_exactly_between_units() {
    assert_eq!(sizes::format_mm(905, Unit::Cm), "90.5");
    assert_eq!(sizes::format_mm(900, Unit::Cm), "90");
    assert_eq!(sizes::format_mm(254, Unit::In), "10");
    assert_eq!(sizes::format_mm(860, Unit::In), "33.9");
    assert_eq!(sizes::parse_measure("90,5", Unit::Cm), Some(905));
    assert_eq!(sizes::parse_measure("10", Unit::In), Some(254));
    assert_eq!(sizes::parse_measure("33.86", Unit::In), Some(860));
    assert_eq!(sizes::parse_measure("-3", Unit::Cm), None);
    assert_eq!(sizes::parse_measure("abc", Unit::Cm), None);
    assert_eq!(sizes::parse_measure("0", Unit::Cm), None);
}

#[tokio::test]
async fn a_chart_maps_measurements_to_each_markets_labels_and_attaches_to_a_listing() {
    let (_dir, shop, listing) = shop_with_listing().await;
    let input = sizes::template_input("womens-tops", "Blouses", Unit::Cm).expect("template");
    let chart = shop
        .save_size_chart(None, &input)
        .await
        .expect("save chart");
    assert_eq!(chart.measures, ["bust", "waist", "hip"]);
    assert_eq!(chart.rows.len(), 5);
    assert_eq!(chart.rows[2].measurements["bust"], [860, 900]);

    let br = sizes::preview(&chart, "BR").expect("BR");
    assert_eq!(br.unit, Unit::Cm);
    assert_eq!(br.rows[2].0, "M");
    assert_eq!(br.rows[2].1[0], "86–90");
    let us = sizes::preview(&chart, "US").expect("US");
    assert_eq!(us.unit, Unit::In);
    assert_eq!(
        us.rows[2],
        (
            "M".into(),
            vec!["33.9–35.4".into(), "26.8–28.3".into(), "36.2–37.8".into()]
        )
    );
    let eu = sizes::preview(&chart, "EU").expect("EU");
    assert_eq!(
        eu.rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["32", "34", "36", "38", "40"]
    );
    assert!(sizes::preview(&chart, "XX").is_none());

    // The same chart typed in inches stores the same millimetres (to the mm).
    let inches = sizes::template_input("womens-tops", "Blouses (in)", Unit::In).expect("template");
    let chart_in = shop.save_size_chart(None, &inches).await.expect("save");
    for (a, b) in chart.rows.iter().zip(&chart_in.rows) {
        for (m, [lo, hi]) in &a.measurements {
            let [lo2, hi2] = b.measurements[m];
            assert!((lo - lo2).abs() <= 1 && (hi - hi2).abs() <= 1, "{m}");
        }
    }

    // Attach to the listing's size option: one op + audit with it.
    let attached = shop
        .set_listing_size_chart(&listing.id, "size", Some(&chart.id))
        .await
        .expect("attach");
    assert_eq!(attached.get("size"), Some(&chart.id));
    assert_eq!(
        shop.listing_size_charts(&listing.id)
            .await
            .expect("charts")
            .get("size"),
        Some(&chart.id)
    );
    let ops = shop.pending_ops().await.expect("ops");
    assert!(
        ops.iter()
            .any(|o| o.kind == "size_chart.create" && o.entity_id == chart.id)
    );
    assert!(
        ops.iter()
            .any(|o| o.kind == "listing.size_chart" && o.payload.contains(&chart.id))
    );
    match shop
        .set_listing_size_chart(&listing.id, "colour", Some(&chart.id))
        .await
    {
        Err(CoreError::Validation(f)) => assert_eq!(f[0].code, "size-chart-option-unknown"),
        other => panic!("{other:?}"),
    }

    // Deleting the chart unties it.
    shop.delete_size_chart(&chart.id).await.expect("delete");
    assert!(
        shop.listing_size_charts(&listing.id)
            .await
            .expect("charts")
            .is_empty()
    );
}

#[tokio::test]
async fn a_broken_chart_is_refused_with_every_problem() {
    let (_dir, shop, _listing) = shop_with_listing().await;
    let mut input: SizeChartInput =
        sizes::template_input("mens-shoes", " ", Unit::Cm).expect("template");
    input.rows[0]
        .measurements
        .insert("foot_length".into(), ("abc".into(), String::new()));
    input.rows[1].labels.insert("BR".into(), "37".into()); // same as row 0
    input.rows[2].labels.insert("US".into(), String::new());
    match shop.save_size_chart(None, &input).await {
        Err(CoreError::Validation(f)) => {
            let got: Vec<(&str, &str)> = f.iter().map(|e| (e.field.as_str(), e.code)).collect();
            assert_eq!(
                got,
                [
                    ("name", "size-chart-name-empty"),
                    ("rows.0.foot_length", "size-chart-measure-invalid"),
                    ("rows.1.labels.BR", "size-chart-label-duplicate"),
                    ("rows.2.labels.US", "size-chart-label-empty"),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(shop.size_charts().await.expect("charts").is_empty());
}
