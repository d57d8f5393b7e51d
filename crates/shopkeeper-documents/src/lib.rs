//! Shipping documents from plain data (issue 7): 4x6 labels as PDF and ZPL with a Code 128
//! barcode of the tracking number, UPU S10 checks, CN22/CN23 customs forms, packing slips
//! in the buyer's language, pick lists, one-PDF batches with progress and cancel, and raw
//! printer transport. No Tauri, no SQL, no marketplace wire format: the core maps its
//! rows to [`model`] types and calls these functions.
//!
//! Start at [`pdf::batch_pdf`], [`pdf::label_pdf`], [`zpl::label_zpl`] and
//! [`customs::missing_customs`]; `docs/documents.md` is the API tour.

pub mod address;
mod canvas;
pub mod code128;
pub mod customs;
pub mod error;
pub mod evidence;
pub mod fonts;
pub mod i18n;
pub mod model;
pub mod pdf;
pub mod picklist;
pub mod prepare;
pub mod printer;
pub mod s10;
pub mod samples;
pub mod zpl;

pub use error::{DocError, Result};
pub use fonts::FontSet;
pub use model::{Address, Carrier, CarrierKind, Money, OrderLine, Parcel, Shipment, Totals};
pub use prepare::{Prepared, prepare};
