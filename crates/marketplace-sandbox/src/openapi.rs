//! The OpenAPI 3 document, served at `/openapi.json`.

use marketplace_api::dto::*;
use marketplace_api::error::{ErrorBody, FieldError};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{RefOr, ResponseBuilder, content::ContentBuilder};
use utoipa::{Modify, OpenApi};

use crate::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Shopkeeper sandbox marketplace — seller API",
        version = "1.0.0",
        description = "A cross-border marketplace seller API for Shopkeeper to sync with. \
            Every 4xx/5xx answers an ErrorBody with a machine-readable `code`. Money amounts are \
            decimal strings next to an ISO 4217 currency."
    ),
    paths(
        routes::sign_up, routes::sign_in, routes::me, routes::members, routes::add_member_handler,
        routes::devices, routes::revoke_device,
        routes::list_listings, routes::create_listing, routes::get_listing, routes::patch_listing,
        routes::delete_listing, routes::upload_listing_photo, routes::upload_photo, routes::get_photo, routes::delete_photo,
        routes::upload_document, routes::get_document,
        routes::get_stock, routes::stock_adjust, routes::stock_set,
        routes::list_orders, routes::get_order, routes::order_transition, routes::create_shipment,
        routes::get_shipment, routes::list_conversations, routes::list_messages, routes::send_message,
        routes::list_reviews, routes::reply_review, routes::list_disputes, routes::respond_dispute,
        routes::list_promotions, routes::create_promotion, routes::delete_promotion,
        routes::push, routes::pull,
        routes::simulate, routes::sim_buyer_message, routes::sim_open_dispute, routes::resolve_dispute, routes::compact, routes::health,
    ),
    components(schemas(ErrorBody, FieldError, Op, OpAction, Change, Stream, SizeChart)),
    modifiers(&Security, &DefaultErrors)
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A device token from POST /v1/auth/sign-in"))
                    .build(),
            ),
        );
    }
}

/// Every operation answers an ErrorBody for any status it does not list.
struct DefaultErrors;

impl Modify for DefaultErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for op in [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ]
            .into_iter()
            .flatten()
            {
                op.responses.responses.insert(
                    "default".to_owned(),
                    RefOr::T(
                        ResponseBuilder::new()
                            .description("Error: `{code, message, fields?}`")
                            .content(
                                "application/json",
                                ContentBuilder::new()
                                    .schema(Some(RefOr::Ref(
                                        utoipa::openapi::Ref::from_schema_name("ErrorBody"),
                                    )))
                                    .build(),
                            )
                            .build(),
                    ),
                );
            }
        }
    }
}

pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}
