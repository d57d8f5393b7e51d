//! Photo pipeline benchmark: the three marketplace sizes from a 24-megapixel JPEG, next to
//! `vipsthumbnail` making the same three sizes from the same file in the same run.
//!
//!     CARGO_TARGET_DIR=/work/target-media cargo bench -p shopkeeper-media
//!
//! `MEDIA_BENCH_RUNS` sets the number of timed runs (default 15). Two comparisons:
//! - jpeg: our three JPEGs (q85) vs three `vipsthumbnail` calls writing JPEG q85 (the
//!   issue's target: at most 0.5x vips);
//! - jpeg+webp: our full default output (three sizes, JPEG q85 + WebP q80) vs six
//!   `vipsthumbnail` calls (each size as JPEG q85 and WebP q80).
//!
//! Memory: our peak is both the Rust allocator's peak (counting allocator) and the process
//! peak RSS (VmHWM, reset through /proc/self/clear_refs before the run, so it includes
//! libjpeg-turbo's and libwebp's C allocations and the binary); vips' is the largest max
//! RSS of its calls, from `/usr/bin/time -f %M`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use peak_alloc::PeakAlloc;
use shopkeeper_media::{Limits, OutputFormat, Pipeline};

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

const W: usize = 6000;
const H: usize = 4000;
const SIZES: [u32; 3] = [1600, 800, 220];

/// Smooth shapes plus sensor-like noise: compresses like a real photo (a few MB at q90).
fn photo_like() -> Vec<u8> {
    let mut seed = 0x1234_5678u32;
    let mut px = Vec::with_capacity(W * H * 3);
    for y in 0..H {
        let fy = y as f32 / H as f32;
        for x in 0..W {
            let fx = x as f32 / W as f32;
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            // Fine texture (fabric, wood grain) that survives the downscale, plus noise.
            let grain = 18.0 * ((x as f32 * 0.31).sin() * (y as f32 * 0.23 + fx * 9.0).cos());
            let noise = (seed & 15) as f32 - 7.5 + grain;
            let a = (fx * 23.0 + (fy * 7.0).sin() * 3.0).sin();
            let b = (fy * 17.0 + (fx * 11.0).cos() * 2.0).cos();
            let r = 128.0 + 70.0 * a + 30.0 * b + noise;
            let g = 110.0 + 50.0 * b - 20.0 * a + noise;
            let bl = 90.0 + 60.0 * (a * b) + 40.0 * fy + noise;
            px.push(r.clamp(0.0, 255.0) as u8);
            px.push(g.clamp(0.0, 255.0) as u8);
            px.push(bl.clamp(0.0, 255.0) as u8);
        }
    }
    px
}

fn write_source(dir: &Path) -> PathBuf {
    let px = photo_like();
    let image = turbojpeg::Image {
        pixels: px.as_slice(),
        width: W,
        pitch: W * 3,
        height: H,
        format: turbojpeg::PixelFormat::RGB,
    };
    let jpeg = turbojpeg::compress(image, 90, turbojpeg::Subsamp::Sub2x2).expect("encode source");
    let path = dir.join("photo-24mp.jpg");
    std::fs::write(&path, &*jpeg).expect("write source");
    path
}

fn p50(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn vips_available() -> bool {
    Command::new("vipsthumbnail")
        .arg("--vips-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn vips_jobs(src: &Path, dir: &Path, webp: bool) -> Vec<Vec<String>> {
    let mut jobs = Vec::new();
    for s in SIZES {
        let mut outs = vec![format!("{}/vips-{s}.jpg[Q=85,strip]", dir.display())];
        if webp {
            outs.push(format!("{}/vips-{s}.webp[Q=80,strip]", dir.display()));
        }
        for out in outs {
            jobs.push(vec![
                src.display().to_string(),
                "--size".into(),
                s.to_string(),
                "-o".into(),
                out,
            ]);
        }
    }
    jobs
}

fn run_vips(jobs: &[Vec<String>]) -> Duration {
    let t = Instant::now();
    for args in jobs {
        let status = Command::new("vipsthumbnail")
            .args(args)
            .status()
            .expect("run vipsthumbnail");
        assert!(status.success(), "vipsthumbnail {args:?} failed");
    }
    t.elapsed()
}

/// Largest max-RSS (KiB) over the jobs, via /usr/bin/time.
fn vips_peak_rss_kib(jobs: &[Vec<String>]) -> Option<u64> {
    let mut peak = 0;
    for args in jobs {
        let out = Command::new("/usr/bin/time")
            .args(["-f", "%M", "vipsthumbnail"])
            .args(args)
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stderr);
        let kib: u64 = text.lines().last()?.trim().parse().ok()?;
        peak = peak.max(kib);
    }
    Some(peak)
}

fn reset_rss_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn rss_peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn run_ours(pipeline: &Pipeline, src: &Path) -> Duration {
    let t = Instant::now();
    let bytes = std::fs::read(src).expect("read source");
    let out = pipeline.process(&bytes).expect("process");
    let total: usize = out.renditions.iter().map(|r| r.bytes.len()).sum();
    std::hint::black_box(total);
    t.elapsed()
}

fn main() {
    let runs: usize = std::env::var("MEDIA_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15)
        .max(1);
    let dir = tempfile::tempdir().expect("temp dir");
    let src = write_source(dir.path());
    let size = std::fs::metadata(&src).expect("stat").len();
    println!(
        "source: {W}x{H} JPEG q90 4:2:0, {:.1} MB, {runs} timed runs each (p50), 1 warm-up",
        size as f64 / 1e6
    );
    let vips = vips_available();
    if !vips {
        println!("vipsthumbnail not found (Debian libvips-tools): no anchor, no ratio");
    }

    for (label, formats, webp) in [
        ("jpeg", vec![OutputFormat::Jpeg], false),
        (
            "jpeg+webp",
            vec![OutputFormat::Jpeg, OutputFormat::WebP],
            true,
        ),
    ] {
        let pipeline = Pipeline::new(Limits::default()).formats(&formats);
        let jobs = vips_jobs(&src, dir.path(), webp);
        // Warm up both (page cache, lazy library loading).
        run_ours(&pipeline, &src);
        if vips {
            run_vips(&jobs);
        }
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            ours.push(run_ours(&pipeline, &src));
            if vips {
                theirs.push(run_vips(&jobs));
            }
        }

        // Memory, in a separate run so measuring does not disturb the timings.
        PEAK.reset_peak_usage();
        let base = PEAK.current_usage();
        let rss_ok = reset_rss_peak();
        run_ours(&pipeline, &src);
        let heap_peak = PEAK.peak_usage().saturating_sub(base);
        let rss = if rss_ok { rss_peak_kib() } else { None };

        let ours_p50 = p50(ours);
        print!(
            "{label:>9}: ours p50 {:7.1} ms, heap peak {:5.1} MiB, peak RSS {}",
            ms(ours_p50),
            heap_peak as f64 / 1048576.0,
            rss.map_or("n/a".to_string(), |k| format!(
                "{:.1} MiB",
                k as f64 / 1024.0
            )),
        );
        if vips {
            let vips_p50 = p50(theirs);
            let vips_rss = vips_peak_rss_kib(&jobs);
            println!(
                " | vipsthumbnail x{} p50 {:7.1} ms, peak RSS {} | ratio ours/vips {:.2}",
                jobs.len(),
                ms(vips_p50),
                vips_rss.map_or("n/a".to_string(), |k| format!(
                    "{:.1} MiB",
                    k as f64 / 1024.0
                )),
                ours_p50.as_secs_f64() / vips_p50.as_secs_f64()
            );
        } else {
            println!();
        }
    }

    // Output sizes, for the record.
    let out = Pipeline::new(Limits::default())
        .process(&std::fs::read(&src).expect("read"))
        .expect("process");
    let sizes: Vec<String> = out
        .renditions
        .iter()
        .map(|r| {
            format!(
                "{}x{} {:?} {} KB",
                r.width,
                r.height,
                r.format,
                r.bytes.len() / 1000
            )
        })
        .collect();
    println!("outputs: {}", sizes.join(", "));
}
