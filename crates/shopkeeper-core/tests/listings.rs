//! The core API on a real shop file: listings, validation, search, paging.

use shopkeeper_core::*;

async fn empty_shop() -> (tempfile::TempDir, Shop) {
    let dir = tempfile::tempdir().expect("temp dir");
    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty)
        .await
        .expect("open shop");
    (dir, shop)
}

fn price(currency: &str, amount: &str) -> PriceInput {
    PriceInput {
        currency: currency.into(),
        amount: amount.into(),
    }
}

fn variant(sku: &str, size: &str, stock: &str, prices: Vec<PriceInput>) -> VariantInput {
    VariantInput {
        id: None,
        sku: sku.into(),
        options: vec![OptionValue {
            name: "size".into(),
            value: size.into(),
        }],
        weight_grams: "120".into(),
        hs_code: Some("6214.10".into()),
        hs_edition: None,
        origin_country: Some("vn".into()),
        customs_description: Some("Silk scarf, hand-woven".into()),
        stock: stock.into(),
        prices,
    }
}

fn text(locale: &str, title: &str) -> TextInput {
    TextInput {
        locale: locale.into(),
        title: title.into(),
        description: String::new(),
        tags: vec![],
    }
}

fn scarf() -> ListingInput {
    ListingInput {
        state: ListingState::Active,
        default_locale: "en-US".into(),
        texts: vec![
            TextInput {
                locale: "en-US".into(),
                title: "Hand-woven silk scarf".into(),
                description: "Woven on a wooden loom in Hội An.".into(),
                tags: vec!["silk".into(), "scarf".into(), "silk".into(), " ".into()],
            },
            text("pt-BR", "Cachecol de seda tecido à mão"),
        ],
        variants: vec![
            variant(
                "SCARF-RED",
                "S",
                "4",
                vec![price("USD", "24.90"), price("BRL", "129.90")],
            ),
            variant("SCARF-BLUE", "M", "0", vec![price("USD", "26.90")]),
        ],
    }
}

fn query() -> ListingQuery {
    ListingQuery {
        limit: 100,
        ..Default::default()
    }
}

fn search(q: &str) -> ListingQuery {
    ListingQuery {
        search: Some(q.into()),
        ..query()
    }
}

#[tokio::test]
async fn create_read_and_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shop.sqlite");
    let shop = Shop::open(&path, Seed::Empty).await.expect("open");
    let created = shop.create_listing(&scarf()).await.expect("create");

    assert_eq!(created.variants.len(), 2);
    assert_eq!(created.texts.len(), 2, "both locales kept");
    let en = created
        .texts
        .iter()
        .find(|t| t.locale == "en-US")
        .expect("en-US text");
    assert_eq!(
        en.tags,
        vec!["silk", "scarf"],
        "tags trimmed and de-duplicated"
    );
    let red = &created.variants[0];
    assert_eq!(red.hs_code.as_deref(), Some("621410"), "HS code normalised");
    assert_eq!(
        red.hs_edition.as_deref(),
        Some("HS2022"),
        "edition recorded with the code"
    );
    assert_eq!(red.origin_country.as_deref(), Some("VN"));
    assert_eq!(red.weight_grams, Some(120));
    assert_eq!(
        red.prices,
        vec![
            Price {
                currency: "BRL".into(),
                amount_minor: 12990
            },
            Price {
                currency: "USD".into(),
                amount_minor: 2490
            }
        ]
    );
    shop.close().await;

    let shop = Shop::open(&path, Seed::Demo).await.expect("reopen");
    assert_eq!(
        shop.listing(&created.id).await.expect("read"),
        created,
        "same listing after relaunch"
    );
    assert_eq!(
        shop.listings(&query()).await.expect("list").total,
        1,
        "an existing shop is never re-seeded"
    );
    assert_eq!(shop.integrity_check().await.expect("check"), "ok");
}

#[tokio::test]
async fn every_edit_writes_outbox_and_audit() {
    let (_dir, shop) = empty_shop().await;
    let created = shop.create_listing(&scarf()).await.expect("create");
    let ops = shop.pending_ops().await.expect("ops");
    assert_eq!(
        ops.iter().map(|o| o.kind.as_str()).collect::<Vec<_>>(),
        vec!["listing.create"]
    );

    // Change the BRL price, the stock of the first variant and the pt-BR title.
    let mut edit = scarf();
    for (v, existing) in edit.variants.iter_mut().zip(&created.variants) {
        v.id = Some(existing.id.clone());
    }
    edit.variants[0].prices[1].amount = "119.90".into();
    edit.variants[0].stock = "9".into();
    edit.texts[1].title = "Cachecol de seda".into();
    shop.update_listing(&created.id, &edit)
        .await
        .expect("update");

    let ops = shop.pending_ops().await.expect("ops");
    let kinds: Vec<&str> = ops.iter().map(|o| o.kind.as_str()).collect();
    assert_eq!(
        kinds,
        vec!["listing.create", "listing.patch", "price.set", "stock.set"]
    );
    assert!(
        ops.windows(2).all(|w| w[0].op_seq < w[1].op_seq),
        "ops in per-device order"
    );
    let price_op: serde_json::Value = serde_json::from_str(&ops[2].payload).expect("json");
    assert_eq!(price_op["currency"], "BRL");
    assert_eq!(price_op["amount_minor"], 11990);
    assert_eq!(price_op["expected_minor"], 12990);
    let stock_op: serde_json::Value = serde_json::from_str(&ops[3].payload).expect("json");
    assert_eq!(
        (stock_op["value"].as_i64(), stock_op["expected"].as_i64()),
        (Some(9), Some(4))
    );
    let patch: serde_json::Value = serde_json::from_str(&ops[1].payload).expect("json");
    assert_eq!(patch["fields"]["texts.pt-BR.title"], "Cachecol de seda");

    let history = shop.listing_history(&created.id).await.expect("history");
    assert_eq!(
        history
            .iter()
            .map(|h| h.action.as_str())
            .collect::<Vec<_>>(),
        vec!["create", "update"]
    );
    assert!(
        history[1].changes.contains("texts.pt-BR.title")
            && history[1].changes.contains("price.BRL")
    );
    assert!(!history[1].member_id.is_empty() && !history[1].device_id.is_empty());

    // Saving again without changes writes nothing.
    shop.update_listing(&created.id, &edit)
        .await
        .expect("no-op save");
    assert_eq!(shop.pending_ops().await.expect("ops").len(), 4);
    assert_eq!(
        shop.listing_history(&created.id)
            .await
            .expect("history")
            .len(),
        2
    );
}

/// Applies `edit` to the scarf, expects exactly `code` on `field`, and checks
/// that the shop did not change at all.
async fn assert_refused(edit: impl Fn(&mut ListingInput), field: &str, code: &str) {
    let (_dir, shop) = empty_shop().await;
    let existing = shop.create_listing(&scarf()).await.expect("create");
    let before_ops = shop.pending_ops().await.expect("ops");
    let before_history = shop.listing_history(&existing.id).await.expect("history");

    let mut input = scarf();
    for (v, e) in input.variants.iter_mut().zip(&existing.variants) {
        v.id = Some(e.id.clone());
    }
    edit(&mut input);
    // The same input as a new listing, with SKUs that do not clash with the existing one.
    let mut fresh = input.clone();
    for v in &mut fresh.variants {
        v.id = None;
        if !v.sku.trim().is_empty() {
            v.sku = format!("{}-NEW", v.sku);
        }
    }

    for (what, result) in [
        ("update", shop.update_listing(&existing.id, &input).await),
        ("create", shop.create_listing(&fresh).await),
    ] {
        match result {
            Err(CoreError::Validation(errors)) => assert!(
                errors.iter().any(|e| e.field == field && e.code == code),
                "{what}: expected {code} on {field}, got {errors:?}"
            ),
            other => panic!("{what}: expected a validation error {code}, got {other:?}"),
        }
    }
    assert_eq!(
        shop.listing(&existing.id).await.expect("read"),
        existing,
        "listing unchanged"
    );
    assert_eq!(
        shop.listings(&query()).await.expect("list").total,
        1,
        "nothing created"
    );
    assert_eq!(
        shop.pending_ops().await.expect("ops"),
        before_ops,
        "no outbox entry"
    );
    assert_eq!(
        shop.listing_history(&existing.id).await.expect("history"),
        before_history,
        "no audit entry"
    );
}

#[tokio::test]
async fn empty_title_is_refused() {
    assert_refused(
        |l| l.texts[0].title = "   ".into(),
        "texts.en-US.title",
        "title-empty",
    )
    .await;
    assert_refused(
        |l| l.texts.retain(|t| t.locale != "en-US"),
        "texts.en-US.title",
        "title-empty",
    )
    .await;
    assert_refused(
        |l| {
            l.texts[1].title = String::new();
            l.texts[1].description = "sem título".into();
        },
        "texts.pt-BR.title",
        "title-empty",
    )
    .await;
}

#[tokio::test]
async fn title_longer_than_the_marketplace_allows_is_refused() {
    assert_refused(
        |l| l.texts[1].title = "ç".repeat(129),
        "texts.pt-BR.title",
        "title-too-long",
    )
    .await;
}

#[tokio::test]
async fn a_title_of_exactly_the_limit_is_fine() {
    let (_dir, shop) = empty_shop().await;
    let mut input = scarf();
    input.texts[0].title = "丝".repeat(128);
    shop.create_listing(&input)
        .await
        .expect("128 characters is allowed, counted as characters not bytes");
}

#[tokio::test]
async fn negative_price_is_refused() {
    assert_refused(
        |l| l.variants[0].prices[0].amount = "-5.00".into(),
        "variants.0.prices.0.amount",
        "price-negative",
    )
    .await;
}

#[tokio::test]
async fn malformed_price_is_refused() {
    for bad in ["12,50", "abc", "", "1e3", "12.5.0"] {
        assert_refused(
            |l| l.variants[1].prices[0].amount = bad.into(),
            "variants.1.prices.0.amount",
            "price-malformed",
        )
        .await;
    }
}

#[tokio::test]
async fn more_decimals_than_the_currency_allows_is_refused() {
    assert_refused(
        |l| l.variants[0].prices[0].amount = "24.999".into(),
        "variants.0.prices.0.amount",
        "price-too-many-decimals",
    )
    .await;
    assert_refused(
        |l| l.variants[0].prices[1] = price("JPY", "1500.5"),
        "variants.0.prices.1.amount",
        "price-too-many-decimals",
    )
    .await;
}

#[tokio::test]
async fn unknown_currency_is_refused() {
    assert_refused(
        |l| l.variants[0].prices[1].currency = "XYZ".into(),
        "variants.0.prices.1.currency",
        "currency-unknown",
    )
    .await;
    assert_refused(
        |l| l.variants[0].prices[1].currency = "USD".into(),
        "variants.0.prices.1.currency",
        "currency-duplicate",
    )
    .await;
}

#[tokio::test]
async fn duplicate_sku_is_refused() {
    assert_refused(
        |l| l.variants[1].sku = "scarf-red".into(),
        "variants.1.sku",
        "sku-duplicate",
    )
    .await;
    assert_refused(
        |l| l.variants[1].sku = "".into(),
        "variants.1.sku",
        "sku-empty",
    )
    .await;
}

#[tokio::test]
async fn sku_of_another_listing_is_refused() {
    let (_dir, shop) = empty_shop().await;
    let first = shop.create_listing(&scarf()).await.expect("create");
    let ops = shop.pending_ops().await.expect("ops");
    let mut other = scarf();
    other.variants[0].sku = "OTHER-1".into();
    other.variants[1].sku = "scarf-blue".into(); // SKUs ignore case
    let Err(CoreError::Validation(errors)) = shop.create_listing(&other).await else {
        panic!("expected sku-taken")
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].field.as_str(), errors[0].code),
        ("variants.1.sku", "sku-taken")
    );
    assert_eq!(
        shop.listings(&query()).await.expect("list").total,
        1,
        "nothing created"
    );
    assert_eq!(
        shop.pending_ops().await.expect("ops"),
        ops,
        "no outbox entry"
    );
    assert_eq!(shop.listing(&first.id).await.expect("read"), first);
}

#[tokio::test]
async fn negative_or_malformed_stock_is_refused() {
    assert_refused(
        |l| l.variants[0].stock = "-1".into(),
        "variants.0.stock",
        "stock-negative",
    )
    .await;
    assert_refused(
        |l| l.variants[0].stock = "2.5".into(),
        "variants.0.stock",
        "stock-malformed",
    )
    .await;
    assert_refused(
        |l| l.variants[0].weight_grams = "-3".into(),
        "variants.0.weight_grams",
        "weight-negative",
    )
    .await;
}

#[tokio::test]
async fn other_rules() {
    assert_refused(|l| l.variants.clear(), "variants", "variants-empty").await;
    assert_refused(
        |l| l.variants[0].hs_code = Some("62141".into()),
        "variants.0.hs_code",
        "hs-code-invalid",
    )
    .await;
    assert_refused(
        |l| l.variants[0].origin_country = Some("VNM".into()),
        "variants.0.origin_country",
        "country-invalid",
    )
    .await;
    assert_refused(
        |l| l.default_locale = "de-DE".into(),
        "default_locale",
        "locale-unsupported",
    )
    .await;
    assert_refused(
        |l| l.variants[0].prices.clear(),
        "variants.0.prices",
        "price-missing",
    )
    .await;
}

#[tokio::test]
async fn all_errors_are_reported_at_once() {
    let (_dir, shop) = empty_shop().await;
    let mut input = scarf();
    input.texts[0].title = String::new();
    input.variants[0].prices[0].amount = "-1".into();
    input.variants[1].stock = "-2".into();
    let Err(CoreError::Validation(errors)) = shop.create_listing(&input).await else {
        panic!("expected validation")
    };
    let codes: Vec<&str> = errors.iter().map(|e| e.code).collect();
    assert_eq!(
        codes,
        vec!["title-empty", "price-negative", "stock-negative"]
    );
}

#[tokio::test]
async fn skus_can_be_swapped_between_variants() {
    let (_dir, shop) = empty_shop().await;
    let created = shop.create_listing(&scarf()).await.expect("create");
    let mut input = scarf();
    for (v, e) in input.variants.iter_mut().zip(&created.variants) {
        v.id = Some(e.id.clone());
    }
    input.variants.swap(0, 1);
    (input.variants[0].sku, input.variants[1].sku) =
        (input.variants[1].sku.clone(), input.variants[0].sku.clone());
    let updated = shop
        .update_listing(&created.id, &input)
        .await
        .expect("swap SKUs");
    assert_eq!(updated.variants[0].sku, "SCARF-RED");
    assert_eq!(updated.variants[0].id, created.variants[1].id);
}

#[tokio::test]
async fn active_listing_without_stock_is_sold_out_and_comes_back() {
    let (_dir, shop) = empty_shop().await;
    let mut input = scarf();
    input.variants[0].stock = "0".into();
    let l = shop.create_listing(&input).await.expect("create");
    assert_eq!(l.state, ListingState::SoldOut);
    for (v, e) in input.variants.iter_mut().zip(&l.variants) {
        v.id = Some(e.id.clone());
    }
    input.state = ListingState::SoldOut;
    input.variants[1].stock = "3".into();
    assert_eq!(
        shop.update_listing(&l.id, &input)
            .await
            .expect("restock")
            .state,
        ListingState::Active
    );
}

#[tokio::test]
async fn archive_and_undo() {
    let (_dir, shop) = empty_shop().await;
    let l = shop.create_listing(&scarf()).await.expect("create");
    shop.set_archived(&l.id, true).await.expect("archive");
    assert_eq!(
        shop.listings(&query()).await.expect("list").total,
        0,
        "archived listings leave the default view"
    );
    let archived = ListingQuery {
        archived: true,
        ..query()
    };
    assert_eq!(shop.listings(&archived).await.expect("list").total, 1);
    let restored = shop.set_archived(&l.id, false).await.expect("restore");
    assert_eq!(restored.archived_at, None);
    assert_eq!(shop.listings(&query()).await.expect("list").total, 1);
    let kinds: Vec<String> = shop
        .pending_ops()
        .await
        .expect("ops")
        .into_iter()
        .map(|o| o.kind)
        .collect();
    assert_eq!(
        kinds,
        vec!["listing.create", "listing.archive", "listing.restore"]
    );
    assert!(matches!(
        shop.set_archived("nope", true).await,
        Err(CoreError::NotFound("listing"))
    ));
}

async fn titled(shop: &Shop, locale_titles: &[(&str, &str)], sku: &str) -> Listing {
    let mut input = scarf();
    input.texts = locale_titles.iter().map(|(l, t)| text(l, t)).collect();
    input.default_locale = locale_titles[0].0.into();
    input.variants = vec![variant(sku, "M", "5", vec![price("USD", "9.99")])];
    shop.create_listing(&input).await.expect("create")
}

#[tokio::test]
async fn search_is_accent_insensitive_and_finds_chinese_substrings() {
    let (_dir, shop) = empty_shop().await;
    let cafe = titled(
        &shop,
        &[
            ("en-US", "Roasted coffee"),
            ("pt-BR", "Café arábica torrado"),
        ],
        "CAF-1",
    )
    .await;
    let silk = titled(
        &shop,
        &[("en-US", "Silk scarf"), ("zh-CN", "手工编织真丝围巾")],
        "SLK-1",
    )
    .await;
    let doll = titled(
        &shop,
        &[("en-US", "Nesting doll"), ("ru-RU", "Матрёшка деревянная")],
        "DOL-1",
    )
    .await;

    let ids = |page: ListingPage| page.rows.into_iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(
        ids(shop.listings(&search("cafe")).await.expect("q")),
        vec![cafe.id.clone()]
    );
    assert_eq!(
        ids(shop.listings(&search("CAFÉ")).await.expect("q")),
        vec![cafe.id.clone()]
    );
    assert_eq!(
        ids(shop.listings(&search("arabica torr")).await.expect("q")),
        vec![cafe.id.clone()],
        "prefix of last word"
    );
    assert_eq!(
        ids(shop.listings(&search("真丝")).await.expect("q")),
        vec![silk.id.clone()],
        "Chinese substring"
    );
    assert_eq!(
        ids(shop.listings(&search("丝围")).await.expect("q")),
        vec![silk.id.clone()]
    );
    assert_eq!(
        ids(shop.listings(&search("巾")).await.expect("q")),
        vec![silk.id.clone()],
        "single character"
    );
    assert!(
        ids(shop.listings(&search("丝手")).await.expect("q")).is_empty(),
        "not a substring"
    );
    assert_eq!(
        ids(shop.listings(&search("матрешка")).await.expect("q")),
        vec![doll.id.clone()],
        "ё folds to е"
    );
    assert_eq!(
        ids(shop.listings(&search("dol-1")).await.expect("q")),
        vec![doll.id.clone()],
        "SKU"
    );
    assert_eq!(
        shop.listings(&search("\"*) OR ("))
            .await
            .expect("FTS syntax is inert")
            .total,
        0
    );
}

#[tokio::test]
async fn filters() {
    let (_dir, shop) = empty_shop().await;
    let mut input = scarf(); // USD + BRL, stock 4 + 0, has pt-BR
    let a = shop.create_listing(&input).await.expect("a");
    input.texts.truncate(1);
    input.variants = vec![variant("B-1", "M", "0", vec![price("EUR", "5.00")])];
    input.state = ListingState::Draft;
    let b = shop.create_listing(&input).await.expect("b");
    input.variants = vec![variant("C-1", "M", "50", vec![price("USD", "5.00")])];
    input.state = ListingState::Inactive;
    let c = shop.create_listing(&input).await.expect("c");

    let ids = |page: ListingPage| {
        let mut v: Vec<String> = page.rows.into_iter().map(|r| r.id).collect();
        v.sort();
        v
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let q = |f: &dyn Fn(&mut ListingQuery)| {
        let mut q = query();
        f(&mut q);
        q
    };
    assert_eq!(
        ids(shop
            .listings(&q(&|q| q.states = vec![ListingState::Draft]))
            .await
            .expect("q")),
        vec![b.id.clone()]
    );
    assert_eq!(
        ids(shop
            .listings(&q(&|q| q.stock = Some(StockFilter::OutOfStock)))
            .await
            .expect("q")),
        vec![b.id.clone()]
    );
    assert_eq!(
        ids(shop
            .listings(&q(&|q| q.stock = Some(StockFilter::Low)))
            .await
            .expect("q")),
        vec![a.id.clone()]
    );
    assert_eq!(
        ids(shop
            .listings(&q(&|q| q.stock = Some(StockFilter::InStock)))
            .await
            .expect("q")),
        sorted(vec![a.id.clone(), c.id.clone()])
    );
    assert_eq!(
        ids(shop
            .listings(&q(&|q| q.currency = Some("USD".into())))
            .await
            .expect("q")),
        sorted(vec![a.id.clone(), c.id.clone()])
    );
    assert_eq!(
        ids(shop
            .listings(&q(&|q| q.missing_locale = Some("pt-BR".into())))
            .await
            .expect("q")),
        sorted(vec![b.id.clone(), c.id.clone()])
    );
    // The filters follow edits: c gets a pt-BR title and a BRL price instead of USD.
    let mut edit = input.clone();
    edit.variants[0].id = Some(c.variants[0].id.clone());
    edit.variants[0].prices = vec![price("BRL", "25.00")];
    edit.texts.push(text("pt-BR", "Cachecol"));
    shop.update_listing(&c.id, &edit).await.expect("edit c");
    let missing = q(&|q| q.missing_locale = Some("pt-BR".into()));
    assert_eq!(
        ids(shop.listings(&missing).await.expect("q")),
        vec![b.id.clone()]
    );
    let usd = q(&|q| q.currency = Some("USD".into()));
    assert_eq!(
        ids(shop.listings(&usd).await.expect("q")),
        vec![a.id.clone()]
    );
    let brl = q(&|q| q.currency = Some("BRL".into()));
    assert_eq!(
        ids(shop.listings(&brl).await.expect("q")),
        sorted(vec![a.id.clone(), c.id.clone()])
    );
}

#[tokio::test]
async fn sorted_pages_cover_everything_exactly_once() {
    let (_dir, shop) = empty_shop().await;
    let mut all = Vec::new();
    for i in 0..23 {
        let mut input = scarf();
        input.texts = vec![text("en-US", &format!("Item {:02}", (i * 7) % 23))];
        // Equal sort keys on purpose: ties are broken by id.
        input.variants = vec![variant(
            &format!("S-{i}"),
            "M",
            &(i % 4).to_string(),
            vec![price("USD", "1.00")],
        )];
        all.push(shop.create_listing(&input).await.expect("create"));
    }
    for sort in [
        SortField::Title,
        SortField::Stock,
        SortField::Updated,
        SortField::Created,
    ] {
        for descending in [false, true] {
            let mut q = ListingQuery {
                sort,
                descending,
                limit: 5,
                ..Default::default()
            };
            let mut seen: Vec<ListingRow> = Vec::new();
            loop {
                let page = shop.listings(&q).await.expect("page");
                assert_eq!(page.total, 23);
                seen.extend(page.rows);
                match page.next {
                    Some(n) => q.after = Some(n),
                    None => break,
                }
            }
            assert_eq!(
                seen.len(),
                23,
                "{sort:?} desc={descending}: every listing once"
            );
            let mut ids: Vec<&str> = seen.iter().map(|r| r.id.as_str()).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), 23, "{sort:?} desc={descending}: no duplicates");
            let keys: Vec<(String, i64)> = seen
                .iter()
                .map(|r| match sort {
                    SortField::Title => (r.title.to_lowercase(), 0),
                    SortField::Stock => (String::new(), r.total_stock),
                    _ => (String::new(), 0),
                })
                .collect();
            let mut expected = keys.clone();
            expected.sort();
            if descending {
                expected.reverse();
            }
            assert_eq!(keys, expected, "{sort:?} desc={descending}: in order");
        }
    }
}

#[tokio::test]
async fn the_demo_shop_is_seeded_once_and_searchable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shop.sqlite");
    let shop = Shop::open(&path, Seed::Demo).await.expect("open demo");
    let total = shop.listings(&query()).await.expect("list").total;
    assert!((200..=500).contains(&total), "{total} demo listings");
    assert_eq!(shop.record().name, "Lotus & Clay Crafts");
    assert!(
        shop.pending_ops().await.expect("ops").is_empty(),
        "demo data is a snapshot, not edits to push"
    );
    assert!(
        shop.listings(&search("cafe")).await.expect("q").total > 0,
        "demo has accented titles to find"
    );
    assert!(
        shop.listings(&search("真丝")).await.expect("q").total > 0,
        "demo has Chinese titles"
    );
    shop.close().await;
    let shop = Shop::open(&path, Seed::Demo).await.expect("reopen");
    assert_eq!(shop.listings(&query()).await.expect("list").total, total);
}
