//! Returns and disputes (issue 7 item 6, docs/adr/0705): the buyer's
//! disputes as the marketplace sent them, and the seller's answer with its
//! evidence written offline as one `dispute.respond` op (and audit entry),
//! sent by background sync exactly once.

use std::path::{Path, PathBuf};

use serde_json::json;
use shopkeeper_documents as docs;
use shopkeeper_documents::evidence::{EvidencePack, TranscriptEntry};
use shopkeeper_media::{ErrorArg, Limits, MediaError, OutputFormat};
use shopkeeper_store::{
    AuditEntry, BlobRef, ChangeRecord, ConversationFilter, DisputeCounts, DisputeRespondOp,
    DisputeRow, EvidenceOp, OutboxOp,
};

use crate::error::{Arg, CoreError, FieldError, Result};
use crate::fulfillment::{build_shipment, civil_date, rate_of};
use crate::{Shop, new_id, now_ms};

/// The longest answer the marketplace accepts (characters).
pub const MAX_ANSWER_CHARS: usize = 4000;
/// The longest description of one piece of evidence (characters).
pub const MAX_EVIDENCE_CHARS: usize = 500;
/// Days the seller has to answer an open dispute before the marketplace
/// decides without the answer. The wire does not carry a deadline; this is
/// the common marketplace window, shown as a guide (docs/adr/0705).
pub const ANSWER_WINDOW_DAYS: i64 = 7;
/// Most photos one answer carries (the marketplace takes ten pieces of
/// evidence; tracking, note and the evidence pack take three).
pub const MAX_EVIDENCE_PHOTOS: usize = 6;
/// Messages of the order's conversation the evidence pack prints (the newest).
pub const PACK_MESSAGES: usize = 200;

/// What the seller sends in answer to a dispute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisputeAnswer {
    /// The answer (required, at most [`MAX_ANSWER_CHARS`]).
    pub text: String,
    /// Attach the order's tracking number and carrier as evidence.
    pub include_tracking: bool,
    /// A note for the marketplace (optional, at most [`MAX_EVIDENCE_CHARS`]).
    pub note: String,
    /// Make the evidence pack (one PDF: the order's conversation, tracking
    /// number and carrier, copies of the label and the customs form) and send
    /// it as a document.
    pub evidence_pack: bool,
    /// Language of the pack's headings (the seller's).
    pub pack_locale: String,
    /// Photos the seller picked: checked and cleaned (no metadata, no GPS)
    /// by the photo pipeline, then sent as photo evidence.
    pub photos: Vec<PathBuf>,
}

/// The date by which an open dispute should be answered (none once answered
/// or resolved).
pub fn answer_by(d: &DisputeRow) -> Option<i64> {
    (d.record.status == "open").then(|| d.record.opened_at + ANSWER_WINDOW_DAYS * 86_400_000)
}

/// Control characters the marketplace refuses (line breaks and tabs are fine).
fn has_control(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
}

impl Shop {
    /// Every dispute (or only unresolved ones): unresolved first, newest first.
    pub async fn disputes(&self, unresolved_only: bool) -> Result<Vec<DisputeRow>> {
        Ok(self.store.disputes(unresolved_only).await?)
    }

    pub async fn dispute(&self, id: &str) -> Result<DisputeRow> {
        Ok(self.store.dispute(id).await?)
    }

    /// The disputes of an order, newest first.
    pub async fn order_disputes(&self, order_id: &str) -> Result<Vec<DisputeRow>> {
        Ok(self.store.order_disputes(order_id).await?)
    }

    pub async fn dispute_counts(&self) -> Result<DisputeCounts> {
        Ok(self.store.dispute_counts().await?)
    }

    /// Answers a dispute. Every broken rule is a field error and nothing is
    /// written; otherwise the answer, its `dispute.respond` op and the audit
    /// entry are written in one transaction (replacing an answer the
    /// marketplace refused) and background sync is woken. Works offline.
    pub async fn respond_dispute(&self, id: &str, answer: &DisputeAnswer) -> Result<DisputeRow> {
        let d = self.store.dispute(id).await?;
        let text = answer.text.trim();
        let note = answer.note.trim();
        let mut errors = Vec::new();
        if d.record.status.starts_with("resolved") {
            errors.push(FieldError::new("text", "dispute-resolved"));
        } else if d
            .reply
            .as_ref()
            .is_some_and(|r| r.state == "sending" || r.state == "sent")
        {
            errors.push(FieldError::new("text", "dispute-answer-in-flight"));
        }
        if text.is_empty() {
            errors.push(FieldError::new("text", "dispute-text-empty"));
        } else if text.chars().count() > MAX_ANSWER_CHARS {
            errors.push(
                FieldError::new("text", "dispute-text-too-long").arg("max", MAX_ANSWER_CHARS),
            );
        }
        if has_control(text) {
            errors.push(FieldError::new("text", "dispute-text-control"));
        }
        if note.chars().count() > MAX_EVIDENCE_CHARS {
            errors.push(
                FieldError::new("note", "dispute-note-too-long").arg("max", MAX_EVIDENCE_CHARS),
            );
        }
        let mut evidence = Vec::new();
        if answer.include_tracking {
            match d.tracking_number.as_deref() {
                Some(number) => {
                    let description = match d.carrier.as_deref().filter(|c| !c.is_empty()) {
                        Some(c) => format!("{c} {number}"),
                        None => number.to_owned(),
                    };
                    evidence.push(EvidenceOp {
                        kind: "tracking".into(),
                        description,
                        blob: None,
                    });
                }
                None => errors.push(FieldError::new("tracking", "dispute-no-tracking")),
            }
        }
        if has_control(note) {
            errors.push(FieldError::new("note", "dispute-text-control"));
        }
        if !note.is_empty() {
            evidence.push(EvidenceOp {
                kind: "note".into(),
                description: note.to_owned(),
                blob: None,
            });
        }
        if answer.photos.len() > MAX_EVIDENCE_PHOTOS {
            errors.push(
                FieldError::new("photos", "dispute-too-many-photos")
                    .arg("max", MAX_EVIDENCE_PHOTOS),
            );
        }
        if !errors.is_empty() {
            return Err(CoreError::Validation(errors));
        }
        // The files first (under the shop's folder, so the answer works
        // offline); removed again if anything below fails.
        let dir_rel = format!("disputes/{}", d.record.id);
        let dir = self.files_dir().join(&dir_rel);
        let mut written: Vec<PathBuf> = Vec::new();
        let files = self
            .evidence_files(&d, answer, &dir, &dir_rel, &mut written)
            .await;
        let files = match files {
            Ok(f) => f,
            Err(e) => {
                remove_all(&written);
                return Err(e);
            }
        };
        evidence.extend(files);
        // A refused answer being replaced leaves its files behind: drop them
        // once the new answer is saved.
        let replaced: Vec<PathBuf> = d
            .reply
            .as_ref()
            .and_then(|r| r.evidence.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|e| e["blob"]["file"].as_str())
            .filter(|f| f.starts_with("disputes/") && !f.contains(".."))
            .map(|f| self.files_dir().join(f))
            .collect();
        let r = self.write_answer(id, text, evidence).await;
        if r.is_err() {
            remove_all(&written);
        } else {
            remove_all(&replaced);
        }
        r
    }

    /// Writes the answer, its op and audit entry (one transaction).
    async fn write_answer(
        &self,
        id: &str,
        text: &str,
        evidence: Vec<EvidenceOp>,
    ) -> Result<DisputeRow> {
        let op = DisputeRespondOp {
            dispute_id: id.to_owned(),
            text: text.to_owned(),
            evidence,
        };
        let payload = serde_json::to_value(&op).map_err(|e| CoreError::Internal(e.to_string()))?;
        let evidence_json = payload
            .get("evidence")
            .cloned()
            .unwrap_or_else(|| json!([]));
        let change = ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops: vec![OutboxOp {
                op_id: uuid::Uuid::now_v7().to_string(),
                entity: "dispute",
                entity_id: id.to_owned(),
                kind: "dispute.respond",
                payload,
                base_version: None,
            }],
            audit: AuditEntry {
                entity: "dispute",
                entity_id: id.to_owned(),
                action: "dispute-respond",
                changes: json!([{ "field": "response", "before": null,
                                  "after": { "text": text, "evidence": evidence_json } }]),
            },
        };
        self.store
            .respond_dispute(id, text, &evidence_json, &change)
            .await?;
        self.changed.notify_one();
        Ok(self.store.dispute(id).await?)
    }

    /// Cleans the picked photos and makes the evidence pack, writing each
    /// under `dir`; `written` collects the files for a cleanup on failure.
    async fn evidence_files(
        &self,
        d: &DisputeRow,
        answer: &DisputeAnswer,
        dir: &Path,
        dir_rel: &str,
        written: &mut Vec<PathBuf>,
    ) -> Result<Vec<EvidenceOp>> {
        let mut out = Vec::new();
        if answer.evidence_pack {
            let (bytes, contents) = self.evidence_pack(d, &answer.pack_locale).await?;
            let blob = new_id();
            let path = dir.join(format!("{blob}.pdf"));
            write_file(&path, &bytes).await?;
            written.push(path);
            let description = match (contents.label, contents.customs) {
                (true, true) => {
                    "Evidence pack: conversation, tracking, label and customs form copies"
                }
                (true, false) => "Evidence pack: conversation, tracking and label copy",
                _ => "Evidence pack: conversation and tracking",
            };
            out.push(EvidenceOp {
                kind: "document".into(),
                description: description.into(),
                blob: Some(BlobRef {
                    id: blob.clone(),
                    file: format!("{dir_rel}/{blob}.pdf"),
                    content_type: "application/pdf".into(),
                }),
            });
        }
        for (i, path) in answer.photos.iter().enumerate() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            let jpeg = self.clean_photo(i, &name, path).await?;
            let blob = new_id();
            let file = dir.join(format!("{blob}.jpg"));
            write_file(&file, &jpeg).await?;
            written.push(file);
            let description: String = name.chars().take(MAX_EVIDENCE_CHARS).collect();
            out.push(EvidenceOp {
                kind: "photo".into(),
                description,
                blob: Some(BlobRef {
                    id: blob.clone(),
                    file: format!("{dir_rel}/{blob}.jpg"),
                    content_type: "image/jpeg".into(),
                }),
            });
        }
        Ok(out)
    }

    /// One picked photo through the photo pipeline (size limits before
    /// decoding, orientation applied, every piece of metadata dropped): its
    /// largest JPEG rendition. A refusal is a field error `photos.<i>`.
    async fn clean_photo(&self, i: usize, name: &str, path: &Path) -> Result<Vec<u8>> {
        let field = format!("photos.{i}");
        let limits = Limits::default();
        let unreadable = || {
            CoreError::Validation(vec![
                FieldError::new(field.clone(), "photo-unreadable").arg("name", name),
            ])
        };
        let meta = tokio::fs::metadata(path).await.map_err(|_| unreadable())?;
        if !meta.is_file() {
            return Err(unreadable());
        }
        if meta.len() > limits.max_file_bytes {
            return Err(media_error(
                &field,
                name,
                &MediaError::TooLarge {
                    size: meta.len(),
                    max_size: limits.max_file_bytes,
                },
            ));
        }
        let bytes = tokio::fs::read(path).await.map_err(|_| unreadable())?;
        let pipeline = self.pipeline.clone();
        let processed = tokio::task::spawn_blocking(move || pipeline.process(&bytes))
            .await
            .map_err(|e| CoreError::Internal(e.to_string()))?
            .map_err(|e| media_error(&field, name, &e))?;
        processed
            .renditions
            .into_iter()
            .filter(|r| r.format == OutputFormat::Jpeg)
            .max_by_key(|r| r.long_side)
            .map(|r| r.bytes)
            .ok_or_else(|| {
                CoreError::Validation(vec![
                    FieldError::new(field.clone(), "photo-encode-failed").arg("name", name),
                ])
            })
    }

    /// The evidence pack of a dispute as one PDF (rendered off the async
    /// threads). The label and customs copies are added when the order's
    /// shipment has a tracking number and the documents can be made.
    async fn evidence_pack(
        &self,
        d: &DisputeRow,
        locale: &str,
    ) -> Result<(Vec<u8>, docs::evidence::PackContents)> {
        let order_id = &d.record.order_ref;
        let Some(detail) = self.store.order_detail(order_id).await? else {
            return Err(CoreError::Validation(vec![FieldError::new(
                "evidencePack",
                "dispute-pack-no-order",
            )]));
        };
        let filter = ConversationFilter {
            order: Some(order_id.clone()),
            include_done: true,
            limit: 20,
            ..ConversationFilter::default()
        };
        let mut messages = Vec::new();
        for c in self.store.conversations(&filter).await? {
            for m in self.store.conversation_messages(&c.id).await? {
                messages.push((m.sent_at, m.inbound, m.body));
            }
        }
        messages.sort_by_key(|m| m.0);
        let skip = messages.len().saturating_sub(PACK_MESSAGES);
        let transcript: Vec<TranscriptEntry> = messages
            .into_iter()
            .skip(skip)
            .map(|(at, inbound, text)| TranscriptEntry {
                from_buyer: inbound,
                at: date_time(at),
                text,
            })
            .collect();
        let tracking = d.tracking_number.clone().or_else(|| {
            detail
                .shipment
                .as_ref()
                .and_then(|s| s.tracking_number.clone())
        });
        let carrier = d
            .carrier
            .clone()
            .or_else(|| detail.shipment.as_ref().map(|s| s.carrier.clone()));
        let settings = self.fulfillment_settings().await?;
        let rates: Vec<docs::customs::SdrRate> = self
            .store
            .sdr_rates()
            .await?
            .iter()
            .filter_map(rate_of)
            .collect();
        let shipment = tracking.as_deref().map(|t| {
            build_shipment(
                &detail,
                &settings,
                &self.record().name,
                t,
                &civil_date(detail.order.placed_at),
            )
        });
        let pack = EvidencePack {
            shop_name: self.record().name.clone(),
            order_number: detail.order.number.clone(),
            order_date: civil_date(detail.order.placed_at),
            buyer_name: d.record.buyer_name.clone(),
            reason: d.record.reason.clone(),
            opened: civil_date(d.record.opened_at),
            carrier,
            tracking_number: tracking,
            messages: transcript,
            generated: date_time(now_ms()),
        };
        let dpi = settings.printer.dpi.max(203);
        let locale = locale.to_owned();
        tokio::task::spawn_blocking(move || {
            let fonts = docs::FontSet::system().map_err(|e| doc_error("evidencePack", &e))?;
            let ctx = docs::pdf::Context {
                fonts: &fonts,
                sdr_rates: &rates,
                pdf: docs::pdf::PdfOptions { printer_dpi: dpi },
            };
            // Without a complete sender or customs data the label cannot be
            // made: the pack still goes, saying so.
            let with_copies = shipment.as_ref().and_then(|s| {
                docs::evidence::evidence_pack_pdf(&pack, Some(s), &ctx, &locale)
                    .map_err(|e| tracing::info!(error = %e, "evidence pack without label copy"))
                    .ok()
            });
            match with_copies {
                Some(r) => Ok(r),
                None => docs::evidence::evidence_pack_pdf(&pack, None, &ctx, &locale)
                    .map_err(|e| doc_error("evidencePack", &e)),
            }
        })
        .await
        .map_err(|e| CoreError::Internal(e.to_string()))?
    }
}

fn doc_error(field: &str, e: &docs::DocError) -> CoreError {
    let mut f = FieldError::new(field, e.code());
    for (name, value) in e.args() {
        f = f.arg(name, value);
    }
    CoreError::Validation(vec![f])
}

/// A refused photo as a validation error on `field`, with the file name.
fn media_error(field: &str, name: &str, e: &MediaError) -> CoreError {
    let mut f = FieldError::new(field, e.code()).arg("name", name);
    for (k, v) in e.args() {
        f = f.arg(
            k,
            match v {
                ErrorArg::Number(n) => Arg::Int(i64::try_from(n).unwrap_or(i64::MAX)),
                ErrorArg::Text(t) => Arg::Str(t.to_owned()),
            },
        );
    }
    CoreError::Validation(vec![f])
}

/// `YYYY-MM-DD HH:MM UTC` of milliseconds since the epoch.
fn date_time(ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// Writes a file whole (write then rename: never half a file under its name).
async fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |e: std::io::Error| CoreError::Internal(format!("{}: {e}", path.display()));
    if let Some(parent) = path.parent() {
        tokio::fs::create_dir_all(parent).await.map_err(io)?;
    }
    let tmp = path.with_extension("part");
    tokio::fs::write(&tmp, bytes).await.map_err(io)?;
    tokio::fs::rename(&tmp, path).await.map_err(io)?;
    Ok(())
}

fn remove_all(files: &[PathBuf]) {
    for f in files {
        let _ = std::fs::remove_file(f);
    }
}
