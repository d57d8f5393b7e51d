//! The disputes stream between the wire and the store, and the wire op of
//! the seller's answer (docs/adr/0705).

use marketplace_api::dto as api;
use shopkeeper_store::{
    DisputeEvidenceRecord, DisputeRecord, DisputeRespondOp, DisputeResponseRecord, EvidenceOp,
};

use crate::wire::{millis, uuid};

fn kind_str(k: api::EvidenceKind) -> &'static str {
    match k {
        api::EvidenceKind::Photo => "photo",
        api::EvidenceKind::Tracking => "tracking",
        api::EvidenceKind::Document => "document",
        api::EvidenceKind::Note => "note",
    }
}

fn kind_from(s: &str) -> Result<api::EvidenceKind, String> {
    Ok(match s {
        "photo" => api::EvidenceKind::Photo,
        "tracking" => api::EvidenceKind::Tracking,
        "document" => api::EvidenceKind::Document,
        "note" => api::EvidenceKind::Note,
        other => return Err(format!("unknown evidence kind {other:?}")),
    })
}

pub fn dispute_from_wire(d: &api::Dispute) -> DisputeRecord {
    DisputeRecord {
        id: d.id.to_string(),
        order_ref: d.order_id.to_string(),
        status: d.state.as_str().to_owned(),
        reason: d.reason.clone(),
        buyer_statement: d.buyer_message.clone(),
        buyer_name: d.buyer.name.clone(),
        buyer_country: d.buyer.country.clone(),
        buyer_locale: d.buyer.locale.clone(),
        opened_at: millis(&d.opened_at).unwrap_or(0),
        resolution: d.resolution.clone(),
        responses: d
            .responses
            .iter()
            .map(|r| DisputeResponseRecord {
                text: r.text.clone(),
                evidence: r
                    .evidence
                    .iter()
                    .map(|e| DisputeEvidenceRecord {
                        kind: kind_str(e.kind).to_owned(),
                        description: e.description.clone(),
                    })
                    .collect(),
                at: millis(&r.at).unwrap_or(0),
            })
            .collect(),
        version: d.version,
    }
}

/// One piece of evidence on the wire: a photo's or a document's file goes
/// by its blob id, which the upload made its id on the marketplace.
fn evidence_to_wire(e: &EvidenceOp) -> Result<api::Evidence, String> {
    let kind = kind_from(&e.kind)?;
    let file = e.blob.as_ref().map(|b| uuid(&b.id)).transpose()?;
    let (photo_id, document_id) = match (kind, file) {
        (api::EvidenceKind::Photo, Some(id)) => (Some(id), None),
        (api::EvidenceKind::Document, Some(id)) => (None, Some(id)),
        (api::EvidenceKind::Photo | api::EvidenceKind::Document, None) => {
            return Err(format!("{} evidence without its file", e.kind));
        }
        (_, Some(_)) => return Err(format!("{} evidence cannot carry a file", e.kind)),
        (_, None) => (None, None),
    };
    Ok(api::Evidence {
        kind,
        description: e.description.clone(),
        photo_id,
        document_id,
    })
}

/// The wire op of the seller's answer. The op id makes the marketplace apply
/// it at most once however often it is pushed.
pub fn respond_to_wire(r: &DisputeRespondOp) -> Result<api::OpAction, String> {
    Ok(api::OpAction::DisputeRespond {
        dispute_id: uuid(&r.dispute_id)?,
        response: api::NewDisputeResponse {
            text: r.text.clone(),
            evidence: r
                .evidence
                .iter()
                .map(evidence_to_wire)
                .collect::<Result<_, _>>()?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_dispute_maps_to_a_record_and_an_answer_back_to_the_wire() {
        let d: api::Dispute = serde_json::from_value(serde_json::json!({
            "id": "0190a000-0000-7000-8000-000000000001",
            "order_id": "0190a000-0000-7000-8000-000000000002",
            "buyer": {"id": "0190a000-0000-7000-8000-000000000003", "name": "Ana Souza",
                      "country": "BR", "locale": "pt-BR"},
            "state": "seller_responded",
            "reason": "not_received",
            "buyer_message": "Não recebi <b>nada</b>",
            "opened_at": "2026-11-20T10:00:00Z",
            "responses": [{"text": "Enviado", "evidence": [{"kind": "tracking",
                "description": "RB123456785BR"}], "member_id": "0190a000-0000-7000-8000-000000000004",
                "at": "2026-11-20T11:00:00Z"}],
            "resolution": null,
            "version": 2
        }))
        .expect("a wire dispute");
        let r = dispute_from_wire(&d);
        assert_eq!(r.status, "seller_responded");
        assert_eq!(r.buyer_statement, "Não recebi <b>nada</b>");
        assert_eq!(r.responses[0].evidence[0].kind, "tracking");
        assert_eq!(r.responses[0].at, 1_795_172_400_000);

        let op = DisputeRespondOp {
            dispute_id: d.id.to_string(),
            text: "Shipped on time".into(),
            evidence: vec![
                EvidenceOp {
                    kind: "note".into(),
                    description: "Left at the door".into(),
                    blob: None,
                },
                EvidenceOp {
                    kind: "document".into(),
                    description: "Evidence pack".into(),
                    blob: Some(shopkeeper_store::BlobRef {
                        id: "0190a000-0000-7000-8000-000000000009".into(),
                        file: "evidence/x.pdf".into(),
                        content_type: "application/pdf".into(),
                    }),
                },
            ],
        };
        let api::OpAction::DisputeRespond {
            dispute_id,
            response,
        } = respond_to_wire(&op).expect("maps")
        else {
            panic!("not a dispute.respond");
        };
        assert_eq!(dispute_id, d.id);
        assert_eq!(response.evidence[0].kind, api::EvidenceKind::Note);
        assert_eq!(response.evidence[0].document_id, None);
        assert_eq!(
            response.evidence[1]
                .document_id
                .map(|u| u.to_string())
                .as_deref(),
            Some("0190a000-0000-7000-8000-000000000009")
        );
        assert_eq!(response.evidence[1].photo_id, None);
        assert_eq!(
            op.evidence[1]
                .blob
                .as_ref()
                .map(|b| b.content_type.as_str()),
            Some("application/pdf")
        );
        for (kind, blob) in [
            ("video", None),
            ("photo", None),
            ("note", op.evidence[1].blob.clone()),
        ] {
            let bad = DisputeRespondOp {
                evidence: vec![EvidenceOp {
                    kind: kind.into(),
                    description: "x".into(),
                    blob,
                }],
                ..op.clone()
            };
            assert!(respond_to_wire(&bad).is_err(), "{kind} refused");
        }
    }
}
