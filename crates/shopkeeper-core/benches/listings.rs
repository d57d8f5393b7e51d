//! Benchmarks (a program, not a test): `cargo bench -p shopkeeper-core --bench listings`.
//!
//! 1. Search and page over 100,000 generated listings through the core API: p50/p95 ms.
//! 2. One edit commit (view + FTS + outbox + audit, `synchronous=FULL`) against a bare
//!    single-row insert into a fresh SQLite file at `synchronous=FULL`, in the same run,
//!    as a ratio.
//!
//! `LISTINGS=N` changes the catalog size. Figures go into docs/benchmarks.md.

use std::time::{Duration, Instant};

use shopkeeper_core::*;

const TITLE_WORDS: &[&str] = &[
    "silk", "scarf", "leather", "wallet", "ceramic", "mug", "batik", "sarong", "amber", "ring",
    "cotton", "shirt", "bamboo", "stand", "tea", "set", "coffee", "beans", "soap", "rattan", "bag",
    "felt", "slippers", "wool", "hat", "linen", "cushion", "copper", "bowl", "jade", "bracelet",
    "café", "canvas", "sneakers",
];
const ZH_WORDS: &[&str] = &[
    "真丝", "围巾", "皮革", "钱包", "陶瓷", "杯子", "手工", "编织", "竹子", "茶具",
];
const PT_WORDS: &[&str] = &[
    "cachecol",
    "seda",
    "carteira",
    "couro",
    "caneca",
    "cerâmica",
    "feito",
    "à mão",
];

fn pick<'a>(words: &[&'a str], seed: u64, n: usize) -> Vec<&'a str> {
    (0..n)
        .map(|i| {
            words[((seed
                .wrapping_mul(2_654_435_761)
                .wrapping_add(i as u64 * 40_503))
                % words.len() as u64) as usize]
        })
        .collect()
}

fn catalog(n: usize) -> Vec<Listing> {
    (0..n as u64)
        .map(|i| {
            let id = uuid::Uuid::from_u64_pair(
                0x0190_0000_0000_7000 | (i >> 48),
                0x8000_0000_0000_0000 | i,
            )
            .to_string();
            let mut texts = vec![ListingText {
                locale: "en-US".into(),
                title: format!("{} #{i}", pick(TITLE_WORDS, i, 5).join(" ")),
                description: format!(
                    "Hand made, {} and {}.",
                    pick(TITLE_WORDS, i + 7, 3).join(" "),
                    pick(TITLE_WORDS, i + 9, 4).join(" ")
                ),
                tags: pick(TITLE_WORDS, i + 3, 3)
                    .into_iter()
                    .map(String::from)
                    .collect(),
            }];
            if i % 2 == 0 {
                texts.push(ListingText {
                    locale: "pt-BR".into(),
                    title: format!("{} #{i}", pick(PT_WORDS, i, 4).join(" ")),
                    description: String::new(),
                    tags: vec![],
                });
            }
            if i % 4 == 0 {
                texts.push(ListingText {
                    locale: "zh-CN".into(),
                    title: format!("{}{i}", pick(ZH_WORDS, i, 3).concat()),
                    description: String::new(),
                    tags: vec![],
                });
            }
            let variants = (0..2u64)
                .map(|v| Variant {
                    id: uuid::Uuid::from_u64_pair(
                        0x0190_0000_0000_7001 | (i >> 48),
                        0x8000_0000_0000_0000 | (i * 2 + v),
                    )
                    .to_string(),
                    sku: format!("BN-{i:06}-{v}"),
                    options: vec![OptionValue {
                        name: "size".into(),
                        value: ["M", "L"][v as usize].into(),
                    }],
                    weight_grams: Some(200),
                    hs_code: Some("621410".into()),
                    hs_edition: Some("HS2022".into()),
                    origin_country: Some("VN".into()),
                    customs_description: Some("Silk scarf".into()),
                    stock: ((i * 7 + v) % 40) as i64,
                    prices: vec![
                        Price {
                            currency: "USD".into(),
                            amount_minor: 999 + (i % 5000) as i64,
                        },
                        Price {
                            currency: "BRL".into(),
                            amount_minor: 4990 + (i % 9000) as i64,
                        },
                    ],
                })
                .collect();
            Listing {
                id,
                state: if i % 10 == 0 {
                    ListingState::Draft
                } else {
                    ListingState::Active
                },
                default_locale: "en-US".into(),
                texts,
                variants,
                archived_at: None,
                created_at: 1_700_000_000_000 + i as i64 * 1000,
                updated_at: 1_700_000_000_000 + ((i * 7919) % 100_000) as i64 * 1000,
                server_version: None,
            }
        })
        .collect()
}

fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |p: f64| {
        samples[((samples.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
    };
    (at(0.50), at(0.95))
}

async fn time<F, Fut>(runs: usize, mut f: F) -> (f64, f64)
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut samples = Vec::with_capacity(runs);
    for i in 0..runs {
        let t = Instant::now();
        f(i).await;
        samples.push(t.elapsed());
    }
    percentiles(samples)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: usize = std::env::var("LISTINGS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let shop = Shop::open(&dir.path().join("bench.sqlite"), Seed::Empty)
        .await
        .expect("open shop");

    let t = Instant::now();
    let listings = catalog(n);
    let generated = t.elapsed();
    let t = Instant::now();
    shop.import_snapshot(&listings).await.expect("import");
    println!(
        "catalog: {n} listings, {} variants; generated in {:.2} s, imported in {:.2} s",
        n * 2,
        generated.as_secs_f64(),
        t.elapsed().as_secs_f64()
    );

    println!("\n## Search and page over {n} listings (core API, ms)");
    println!("{:<44} {:>8} {:>8} {:>9}", "query", "p50", "p95", "matches");
    let base = ListingQuery {
        limit: 200,
        ..Default::default()
    };
    let cases: Vec<(&str, ListingQuery)> = vec![
        ("first page, by title", base.clone()),
        (
            "first page, by updated desc",
            ListingQuery {
                sort: SortField::Updated,
                descending: true,
                ..base.clone()
            },
        ),
        (
            "first page, by stock",
            ListingQuery {
                sort: SortField::Stock,
                ..base.clone()
            },
        ),
        (
            "search \"silk\"",
            ListingQuery {
                search: Some("silk".into()),
                ..base.clone()
            },
        ),
        (
            "search \"silk sca\" (as typed)",
            ListingQuery {
                search: Some("silk sca".into()),
                ..base.clone()
            },
        ),
        (
            "search \"cafe\" (accent-folded)",
            ListingQuery {
                search: Some("cafe".into()),
                ..base.clone()
            },
        ),
        (
            "search \"真丝\" (Chinese substring)",
            ListingQuery {
                search: Some("真丝".into()),
                ..base.clone()
            },
        ),
        (
            "search a SKU",
            ListingQuery {
                search: Some("BN-054321".into()),
                ..base.clone()
            },
        ),
        (
            "filter: missing pt-BR",
            ListingQuery {
                missing_locale: Some("pt-BR".into()),
                ..base.clone()
            },
        ),
        (
            "filter: has BRL price, low stock",
            ListingQuery {
                currency: Some("BRL".into()),
                stock: Some(StockFilter::Low),
                ..base.clone()
            },
        ),
        (
            "filter: drafts, search \"wallet\"",
            ListingQuery {
                states: vec![ListingState::Draft],
                search: Some("wallet".into()),
                ..base.clone()
            },
        ),
    ];
    for (name, q) in &cases {
        let total = shop.listings(q).await.expect("query").total;
        let (p50, p95) = time(30, |_| async {
            shop.listings(q).await.expect("query");
        })
        .await;
        println!("{name:<44} {p50:>8.2} {p95:>8.2} {total:>9}");
    }

    // Keyset paging: page k costs the same as page 1. Walk 100 pages deep.
    let mut q = base.clone();
    let mut samples = Vec::new();
    for _ in 0..100 {
        let t = Instant::now();
        let page = shop.listings(&q).await.expect("page");
        samples.push(t.elapsed());
        q.after = page.next;
    }
    let (p50, p95) = percentiles(samples);
    println!(
        "{:<44} {p50:>8.2} {p95:>8.2} {:>9}",
        "next page (keyset), 100 pages deep", ""
    );

    println!("\n## One edit commit vs a bare insert, synchronous=FULL (ms)");
    let first = shop.listings(&base).await.expect("page").rows[0].id.clone();
    let l = shop.listing(&first).await.expect("listing");
    let input = |amount: String| ListingInput {
        state: l.state,
        default_locale: l.default_locale.clone(),
        texts: l
            .texts
            .iter()
            .map(|t| TextInput {
                locale: t.locale.clone(),
                title: t.title.clone(),
                description: t.description.clone(),
                tags: t.tags.clone(),
            })
            .collect(),
        variants: l
            .variants
            .iter()
            .enumerate()
            .map(|(vi, v)| VariantInput {
                id: Some(v.id.clone()),
                sku: v.sku.clone(),
                options: v.options.clone(),
                weight_grams: v.weight_grams.map(|w| w.to_string()).unwrap_or_default(),
                hs_code: v.hs_code.clone(),
                hs_edition: v.hs_edition.clone(),
                origin_country: v.origin_country.clone(),
                customs_description: v.customs_description.clone(),
                stock: v.stock.to_string(),
                prices: v
                    .prices
                    .iter()
                    .map(|p| PriceInput {
                        currency: p.currency.clone(),
                        amount: if vi == 0 && p.currency == "USD" {
                            amount.clone()
                        } else {
                            money::format_minor(
                                p.amount_minor,
                                &money::currency(&p.currency).expect("currency"),
                            )
                        },
                    })
                    .collect(),
            })
            .collect(),
    };
    let runs = 200;
    let (edit50, edit95) = time(runs, |i| {
        let inp = input(format!("{}.{:02}", 10 + i, i % 100));
        let shop = &shop;
        let id = first.clone();
        async move {
            shop.update_listing(&id, &inp).await.expect("edit");
        }
    })
    .await;

    let anchor_dir = tempfile::tempdir().expect("temp dir");
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(anchor_dir.path().join("anchor.sqlite"))
        .create_if_missing(true)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
        .synchronous(sqlx::sqlite::SqliteSynchronous::Full);
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(opts)
        .await
        .expect("anchor db");
    sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        .execute(&pool)
        .await
        .expect("create");
    let (bare50, bare95) = time(runs, |i| {
        let pool = &pool;
        async move {
            sqlx::query("INSERT INTO t (v) VALUES (?)")
                .bind(format!("row {i}"))
                .execute(pool)
                .await
                .expect("insert");
        }
    })
    .await;
    println!("{:<44} {:>8} {:>8}", "", "p50", "p95");
    println!(
        "{:<44} {edit50:>8.2} {edit95:>8.2}",
        "edit commit (view + FTS + outbox + audit)"
    );
    println!(
        "{:<44} {bare50:>8.2} {bare95:>8.2}",
        "anchor: bare single-row insert"
    );
    println!("ratio edit/anchor (p50): {:.2}x", edit50 / bare50);
    let ops = shop.pending_ops().await.expect("ops").len();
    assert_eq!(ops, runs, "every edit left exactly one outbox op");
}
