//! Demo catalog data: the products of the built-in demo shop.
//!
//! Pure data, no logic. Every product has titles and descriptions in en-US,
//! pt-BR, es-ES and zh-CN; some also have ru-RU, id-ID, fr-FR or pl-PL. The
//! gaps are deliberate so that the demo shop shows listings that lack a
//! translation. Prices are integer US cents; HS codes are HS 2022 subheadings.

/// One product family; the demo shop makes several listings of each by
/// combining it with collection names.
pub struct DemoProduct {
    /// Titles per locale: (locale, title). Always has "en-US"; the other
    /// locales are among "pt-BR", "es-ES", "ru-RU", "id-ID", "zh-CN", "fr-FR", "pl-PL".
    pub titles: &'static [(&'static str, &'static str)],
    /// Descriptions per locale, same locales as `titles`, 1-2 sentences each.
    pub descriptions: &'static [(&'static str, &'static str)],
    /// Lower-case tags in English.
    pub tags: &'static [&'static str],
    /// Short SKU stem, upper-case ASCII letters only, 3-5 chars, unique across products.
    pub sku_stem: &'static str,
    /// Name of the variant option ("size", "colour", "volume", "weight" or "" for a single variant).
    pub option_name: &'static str,
    /// Option values, one variant each (1 to 4 values; empty when option_name is "").
    pub option_values: &'static [&'static str],
    /// Base price in US cents (integer minor units, never a float).
    pub base_price_usd_cents: i64,
    /// Net weight in grams of one unit.
    pub weight_grams: i64,
    /// Real 6-digit HS 2022 code for the product, digits only, e.g. "621410".
    pub hs_code: &'static str,
    /// ISO 3166-1 alpha-2 country of origin.
    pub origin_country: &'static str,
    /// Customs description in English, short and specific (e.g. "Silk scarf, hand-woven").
    pub customs_description: &'static str,
}

/// Collection names combined with products to make unique listing titles;
/// proper names that need no translation (places, flowers, festivals).
pub const COLLECTIONS: &[&str] = &[
    "Hoi An",
    "Bali",
    "Provence",
    "Ipanema",
    "Sakura",
    "Andalucía",
    "Holi",
    "Mazury",
    "Baikal",
    "Nowruz",
];

/// The 30 product families of the demo shop, one small workshop or exporter each.
pub const PRODUCTS: &[DemoProduct] = &[
    // 1. Silk scarf, Vietnam.
    DemoProduct {
        titles: &[
            ("en-US", "Hand-Woven Mulberry Silk Scarf, 180 x 55 cm"),
            ("pt-BR", "Lenço de Seda Pura Tecido à Mão, 180 x 55 cm"),
            (
                "es-ES",
                "Pañuelo de seda de morera tejido a mano, 180 x 55 cm",
            ),
            ("zh-CN", "手工编织真丝围巾 桑蚕丝长款披肩 180x55厘米"),
            (
                "ru-RU",
                "Шарф из натурального шёлка ручного ткачества, 180 x 55 см",
            ),
            ("id-ID", "Syal Sutra Murni Tenun Tangan, 180 x 55 cm"),
            (
                "fr-FR",
                "Écharpe en soie de mûrier tissée à la main, 180 x 55 cm",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Woven on a wooden hand loom by a family workshop in central Vietnam from 100% mulberry silk. Light, soft and breathable in every season.",
            ),
            (
                "pt-BR",
                "Tecido em tear manual de madeira por uma oficina familiar no Vietnã, com 100% seda de amoreira. Leve, macio e respirável em qualquer estação.",
            ),
            (
                "es-ES",
                "Tejido en telar manual de madera por un taller familiar de Vietnam, 100 % seda de morera. Ligero, suave y transpirable en cualquier estación.",
            ),
            (
                "zh-CN",
                "越南家庭作坊以木制手工织机织造，100%桑蚕丝。轻盈柔软，透气舒适，四季皆宜。",
            ),
            (
                "ru-RU",
                "Соткан на деревянном ручном станке в семейной мастерской во Вьетнаме из 100% шёлка тутового шелкопряда. Лёгкий, мягкий и дышащий в любое время года.",
            ),
            (
                "id-ID",
                "Ditenun dengan alat tenun kayu oleh bengkel keluarga di Vietnam dari 100% sutra murbei. Ringan, lembut, dan nyaman dipakai di segala musim.",
            ),
            (
                "fr-FR",
                "Tissée sur un métier à bras en bois par un atelier familial du Vietnam, 100 % soie de mûrier. Légère, douce et respirante en toute saison.",
            ),
        ],
        tags: &[
            "silk",
            "scarf",
            "handmade",
            "women",
            "accessories",
            "vietnam",
        ],
        sku_stem: "SILK",
        option_name: "colour",
        option_values: &["Red", "Navy", "Green", "Ivory"],
        base_price_usd_cents: 2490,
        weight_grams: 60,
        hs_code: "621410",
        origin_country: "VN",
        customs_description: "Silk scarf, hand-woven, 100% mulberry silk",
    },
    // 2. Leather wallet, Brazil.
    DemoProduct {
        titles: &[
            ("en-US", "Handmade Full-Grain Leather Bifold Wallet for Men"),
            ("pt-BR", "Carteira Masculina de Couro Legítimo Feita à Mão"),
            (
                "es-ES",
                "Cartera de piel auténtica para hombre hecha a mano",
            ),
            ("zh-CN", "手工头层牛皮男士短款钱包"),
            ("ru-RU", "Мужской кошелёк из натуральной кожи ручной работы"),
        ],
        descriptions: &[
            (
                "en-US",
                "Cut and hand-stitched in Franca, São Paulo, from vegetable-tanned full-grain cowhide. Six card slots and a full-length bill compartment.",
            ),
            (
                "pt-BR",
                "Cortada e costurada à mão em Franca (SP) em couro bovino integral de curtimento vegetal. Seis compartimentos para cartões e um para cédulas.",
            ),
            (
                "es-ES",
                "Cortada y cosida a mano en Franca (São Paulo) con piel de vacuno curtida al vegetal. Seis ranuras para tarjetas y un compartimento para billetes.",
            ),
            (
                "zh-CN",
                "在巴西圣保罗州弗兰卡手工裁剪缝制，采用植鞣头层牛皮。六个卡位，一个长款钞票夹层。",
            ),
            (
                "ru-RU",
                "Раскроен и прошит вручную во Франке (Сан-Паулу) из цельной воловьей кожи растительного дубления. Шесть отделений для карт и отделение для купюр.",
            ),
        ],
        tags: &["leather", "wallet", "men", "handmade", "brazil"],
        sku_stem: "WALL",
        option_name: "colour",
        option_values: &["Brown", "Black", "Tan"],
        base_price_usd_cents: 2890,
        weight_grams: 90,
        hs_code: "420231",
        origin_country: "BR",
        customs_description: "Wallet, outer surface of leather",
    },
    // 3. Leather sandals, Brazil.
    DemoProduct {
        titles: &[
            ("en-US", "Women's Leather Slide Sandals, Handmade in Brazil"),
            ("pt-BR", "Sandália Rasteira Feminina de Couro, Feita à Mão"),
            (
                "es-ES",
                "Sandalias planas de piel para mujer, hechas a mano en Brasil",
            ),
            ("zh-CN", "巴西手工真皮女士平底凉拖鞋"),
            (
                "ru-RU",
                "Женские кожаные шлёпанцы ручной работы из Бразилии",
            ),
            (
                "id-ID",
                "Sandal Slide Wanita Kulit Asli Buatan Tangan Brasil",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Soft leather upper on a stitched leather sole, made by a small family workshop in Novo Hamburgo. Sizes are European (EU).",
            ),
            (
                "pt-BR",
                "Cabedal de couro macio e sola de couro costurada, produzida por uma pequena oficina familiar em Novo Hamburgo. Numeração europeia (EU).",
            ),
            (
                "es-ES",
                "Pala de piel suave y suela de cuero cosida, de un pequeño taller familiar de Novo Hamburgo. Tallas europeas (EU).",
            ),
            (
                "zh-CN",
                "柔软真皮鞋面，缝制真皮鞋底，由新汉堡的家庭小作坊制作。尺码为欧码（EU）。",
            ),
            (
                "ru-RU",
                "Верх из мягкой кожи и прошитая кожаная подошва, семейная мастерская в Нову-Амбургу. Размеры европейские (EU).",
            ),
            (
                "id-ID",
                "Bagian atas kulit lembut dengan sol kulit berjahit, dibuat oleh bengkel keluarga kecil di Novo Hamburgo. Ukuran Eropa (EU).",
            ),
        ],
        tags: &["leather", "sandals", "shoes", "women", "summer", "brazil"],
        sku_stem: "SAND",
        option_name: "size",
        option_values: &["36", "37", "38", "39"],
        base_price_usd_cents: 3490,
        weight_grams: 420,
        hs_code: "640359",
        origin_country: "BR",
        customs_description: "Women's sandals, leather uppers, leather soles",
    },
    // 4. Stoneware mug, Portugal.
    DemoProduct {
        titles: &[
            ("en-US", "Hand-Glazed Stoneware Coffee Mug, 350 ml"),
            (
                "pt-BR",
                "Caneca de Cerâmica Artesanal Esmaltada à Mão, 350 ml",
            ),
            (
                "es-ES",
                "Taza de cerámica artesanal esmaltada a mano, 350 ml",
            ),
            ("zh-CN", "葡萄牙手工釉陶瓷马克杯 350毫升"),
            ("ru-RU", "Керамическая кружка ручной глазуровки, 350 мл"),
        ],
        descriptions: &[
            (
                "en-US",
                "Thrown and dipped in reactive glaze at a pottery in the Caldas da Rainha region of Portugal. Dishwasher and microwave safe; each piece varies slightly.",
            ),
            (
                "pt-BR",
                "Torneada e mergulhada em esmalte reativo numa olaria da região de Caldas da Rainha, em Portugal. Pode ir à lava-louças e ao micro-ondas; cada peça é única.",
            ),
            (
                "es-ES",
                "Torneada y esmaltada a mano en un alfar de la región de Caldas da Rainha (Portugal). Apta para lavavajillas y microondas; cada pieza es única.",
            ),
            (
                "zh-CN",
                "产自葡萄牙卡尔达斯达赖尼亚地区的陶坊，手工拉坯并浸釉窑变。可用洗碗机和微波炉，每件略有不同。",
            ),
            (
                "ru-RU",
                "Сделана на гончарном круге и покрыта реактивной глазурью в мастерской региона Калдаш-да-Раинья, Португалия. Подходит для посудомоечной машины и СВЧ.",
            ),
        ],
        tags: &[
            "ceramic", "mug", "coffee", "kitchen", "handmade", "portugal",
        ],
        sku_stem: "MUG",
        option_name: "colour",
        option_values: &["Blue", "White", "Green"],
        base_price_usd_cents: 1490,
        weight_grams: 380,
        hs_code: "691200",
        origin_country: "PT",
        customs_description: "Stoneware mug, glazed, 350 ml",
    },
    // 5. Café au lait bowl, France.
    DemoProduct {
        titles: &[
            (
                "en-US",
                "Café au Lait Bowl, Handmade French Stoneware, 500 ml",
            ),
            (
                "pt-BR",
                "Tigela de Café com Leite em Cerâmica Francesa, 500 ml",
            ),
            (
                "es-ES",
                "Tazón de café con leche de cerámica francesa, 500 ml",
            ),
            ("zh-CN", "法式手工陶瓷咖啡欧蕾碗 500毫升"),
            (
                "fr-FR",
                "Bol à café au lait en grès, fait main en France, 500 ml",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "The classic French breakfast bowl for café au lait, cereal or soup, thrown by a potter in Burgundy. Lead-free glaze, dishwasher safe.",
            ),
            (
                "pt-BR",
                "A clássica tigela do café da manhã francês, para café com leite, cereais ou sopa, torneada por um ceramista da Borgonha. Esmalte sem chumbo; pode ir à lava-louças.",
            ),
            (
                "es-ES",
                "El clásico tazón del desayuno francés para café con leche, cereales o sopa, torneado por un alfarero de Borgoña. Esmalte sin plomo, apto para lavavajillas.",
            ),
            (
                "zh-CN",
                "经典法式早餐碗，可盛咖啡欧蕾、麦片或汤，由勃艮第陶艺师手工拉坯。无铅釉，可用洗碗机清洗。",
            ),
            (
                "fr-FR",
                "Le bol du petit-déjeuner à la française, pour le café au lait, les céréales ou la soupe, tourné par un potier de Bourgogne. Émail sans plomb, compatible lave-vaisselle.",
            ),
        ],
        tags: &[
            "ceramic",
            "bowl",
            "breakfast",
            "kitchen",
            "handmade",
            "france",
        ],
        sku_stem: "BOWL",
        option_name: "colour",
        option_values: &["Blue", "Cream", "Green"],
        base_price_usd_cents: 1890,
        weight_grams: 420,
        hs_code: "691200",
        origin_country: "FR",
        customs_description: "Stoneware bowl, glazed, 500 ml",
    },
    // 6. Batik sarong, Indonesia.
    DemoProduct {
        titles: &[
            ("en-US", "Hand-Drawn Batik Sarong, Cotton, 200 x 110 cm"),
            ("pt-BR", "Canga Batik Pintada à Mão, Algodão, 200 x 110 cm"),
            (
                "es-ES",
                "Pareo batik de algodón pintado a mano, 200 x 110 cm",
            ),
            ("zh-CN", "印尼手绘蜡染纱笼 纯棉 200x110厘米"),
            ("ru-RU", "Саронг батик ручной росписи, хлопок, 200 x 110 см"),
            ("id-ID", "Kain Sarung Batik Tulis Katun, 200 x 110 cm"),
        ],
        descriptions: &[
            (
                "en-US",
                "Batik tulis drawn with a canting and natural wax by artisans in Pekalongan, Central Java. Wear it as a sarong, beach wrap or light throw.",
            ),
            (
                "pt-BR",
                "Batik tulis desenhado com canting e cera natural por artesãos de Pekalongan, Java Central. Use como canga, saída de praia ou manta leve.",
            ),
            (
                "es-ES",
                "Batik tulis dibujado con canting y cera natural por artesanos de Pekalongan (Java Central). Úsalo como pareo, toalla de playa o manta ligera.",
            ),
            (
                "zh-CN",
                "由中爪哇北加浪岸的匠人用蜡刀和天然蜡手绘而成（Batik Tulis）。可作纱笼、沙滩裹裙或薄盖毯。",
            ),
            (
                "ru-RU",
                "Батик тулис, нарисованный вручную чантингом и натуральным воском мастерами из Пекалонгана (Центральная Ява). Носите как саронг, парео или используйте как лёгкий плед.",
            ),
            (
                "id-ID",
                "Batik tulis dibuat dengan canting dan malam alami oleh perajin Pekalongan, Jawa Tengah. Bisa dipakai sebagai sarung, kain pantai, atau selimut tipis.",
            ),
        ],
        tags: &[
            "batik",
            "sarong",
            "cotton",
            "beach",
            "handmade",
            "indonesia",
        ],
        sku_stem: "BTK",
        option_name: "colour",
        option_values: &["Indigo", "Brown", "Red"],
        base_price_usd_cents: 2290,
        weight_grams: 300,
        hs_code: "621490",
        origin_country: "ID",
        customs_description: "Cotton sarong, hand-drawn batik, woven",
    },
    // 7. Amber pendant, Poland.
    DemoProduct {
        titles: &[
            (
                "en-US",
                "Baltic Amber Pendant Necklace, Sterling Silver 925",
            ),
            ("pt-BR", "Colar com Pingente de Âmbar Báltico, Prata 925"),
            (
                "es-ES",
                "Collar con colgante de ámbar báltico, plata de ley 925",
            ),
            ("zh-CN", "波罗的海天然琥珀吊坠项链 925纯银"),
            (
                "ru-RU",
                "Кулон с балтийским янтарём на цепочке, серебро 925",
            ),
            ("pl-PL", "Wisiorek z bursztynem bałtyckim, srebro próby 925"),
        ],
        descriptions: &[
            (
                "en-US",
                "Natural Baltic amber set by hand in 925 silver by a jeweller in Gdańsk, on a 45 cm chain. Comes with a certificate of authenticity.",
            ),
            (
                "pt-BR",
                "Âmbar báltico natural cravejado à mão em prata 925 por um joalheiro de Gdańsk, com corrente de 45 cm. Acompanha certificado de autenticidade.",
            ),
            (
                "es-ES",
                "Ámbar báltico natural engastado a mano en plata 925 por un joyero de Gdańsk, con cadena de 45 cm. Incluye certificado de autenticidad.",
            ),
            (
                "zh-CN",
                "格但斯克珠宝匠将天然波罗的海琥珀手工镶嵌于925银上，配45厘米链条。附真品证书。",
            ),
            (
                "ru-RU",
                "Натуральный балтийский янтарь, вручную оправленный в серебро 925 ювелиром из Гданьска, цепочка 45 см. Прилагается сертификат подлинности.",
            ),
            (
                "pl-PL",
                "Naturalny bursztyn bałtycki ręcznie oprawiony w srebro próby 925 przez jubilera z Gdańska, łańcuszek 45 cm. W zestawie certyfikat autentyczności.",
            ),
        ],
        tags: &[
            "amber",
            "jewellery",
            "necklace",
            "silver",
            "women",
            "poland",
        ],
        sku_stem: "AMB",
        option_name: "colour",
        option_values: &["Honey", "Cognac", "Lemon", "Cherry"],
        base_price_usd_cents: 4490,
        weight_grams: 8,
        hs_code: "711311",
        origin_country: "PL",
        customs_description: "Sterling silver pendant with natural amber, on silver chain",
    },
    // 8. Matryoshka nesting dolls, Russia.
    DemoProduct {
        titles: &[
            ("en-US", "Hand-Painted Wooden Matryoshka Nesting Dolls"),
            ("pt-BR", "Matrioska Russa de Madeira Pintada à Mão"),
            ("es-ES", "Matrioska rusa de madera pintada a mano"),
            ("zh-CN", "手绘木制俄罗斯套娃"),
            ("ru-RU", "Матрёшка деревянная с ручной росписью"),
            ("id-ID", "Boneka Matryoshka Kayu Lukis Tangan"),
        ],
        descriptions: &[
            (
                "en-US",
                "Turned from seasoned linden wood and painted by hand in Sergiev Posad, then finished with clear lacquer. Each doll nests inside the next.",
            ),
            (
                "pt-BR",
                "Torneada em madeira de tília seca e pintada à mão em Sergiev Posad, com acabamento em verniz. Cada boneca se encaixa dentro da outra.",
            ),
            (
                "es-ES",
                "Torneada en madera de tilo curada y pintada a mano en Sérguiev Posad, con acabado de barniz. Cada muñeca encaja dentro de la siguiente.",
            ),
            (
                "zh-CN",
                "选用风干椴木车制，在谢尔吉耶夫镇手工彩绘并上清漆。每只娃娃可层层套入。",
            ),
            (
                "ru-RU",
                "Выточена из выдержанной липы и расписана вручную в Сергиевом Посаде, покрыта прозрачным лаком. Каждая кукла вкладывается в следующую.",
            ),
            (
                "id-ID",
                "Dibubut dari kayu linden kering dan dilukis tangan di Sergiev Posad, lalu dilapisi pernis bening. Setiap boneka masuk ke dalam boneka berikutnya.",
            ),
        ],
        tags: &[
            "matryoshka",
            "dolls",
            "wooden",
            "toys",
            "souvenir",
            "russia",
        ],
        sku_stem: "MATR",
        option_name: "size",
        option_values: &["5 pcs", "7 pcs", "10 pcs"],
        base_price_usd_cents: 2490,
        weight_grams: 350,
        hs_code: "950300",
        origin_country: "RU",
        customs_description: "Wooden nesting dolls (toy), hand-painted",
    },
    // 9. Embroidered linen cushion cover, France.
    DemoProduct {
        titles: &[
            ("en-US", "Embroidered Linen Cushion Cover, Made in France"),
            (
                "pt-BR",
                "Capa de Almofada de Linho Bordada, Feita na França",
            ),
            ("es-ES", "Funda de cojín de lino bordada, hecha en Francia"),
            ("zh-CN", "法国手工刺绣亚麻抱枕套"),
            (
                "fr-FR",
                "Housse de coussin en lin brodée, fabriquée en France",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Washed French linen embroidered with a floral motif in a small atelier in the Vosges. Hidden zipper; insert not included.",
            ),
            (
                "pt-BR",
                "Linho francês lavado, bordado com motivo floral em um pequeno ateliê nos Vosges. Zíper invisível; enchimento não incluso.",
            ),
            (
                "es-ES",
                "Lino francés lavado y bordado con motivo floral en un pequeño taller de los Vosgos. Cremallera oculta; relleno no incluido.",
            ),
            (
                "zh-CN",
                "在孚日山区的小作坊以花卉图案刺绣的水洗法国亚麻。隐形拉链，不含枕芯。",
            ),
            (
                "fr-FR",
                "Lin français lavé, brodé d'un motif floral dans un petit atelier des Vosges. Fermeture éclair invisible ; garnissage non inclus.",
            ),
        ],
        tags: &[
            "linen",
            "cushion cover",
            "embroidered",
            "home decor",
            "france",
        ],
        sku_stem: "CUSH",
        option_name: "size",
        option_values: &["40x40 cm", "45x45 cm", "50x50 cm"],
        base_price_usd_cents: 2690,
        weight_grams: 150,
        hs_code: "630499",
        origin_country: "FR",
        customs_description: "Cushion cover, woven linen, embroidered",
    },
    // 10. Bamboo phone stand, China.
    DemoProduct {
        titles: &[
            ("en-US", "Adjustable Bamboo Phone and Tablet Stand"),
            ("pt-BR", "Suporte de Bambu Ajustável para Celular e Tablet"),
            ("es-ES", "Soporte de bambú ajustable para móvil y tableta"),
            ("zh-CN", "可调节竹制手机平板支架 桌面懒人支架"),
            (
                "ru-RU",
                "Регулируемая бамбуковая подставка для телефона и планшета",
            ),
            ("id-ID", "Dudukan HP dan Tablet dari Bambu, Bisa Diatur"),
        ],
        descriptions: &[
            (
                "en-US",
                "Made from Moso bamboo in Anji, Zhejiang, with five viewing angles. Folds flat and holds phones and tablets up to 12.9 inches.",
            ),
            (
                "pt-BR",
                "Feito de bambu moso em Anji, Zhejiang, com cinco ângulos de visualização. Dobrável e compatível com celulares e tablets de até 12,9 polegadas.",
            ),
            (
                "es-ES",
                "Fabricado con bambú moso en Anji (Zhejiang), con cinco ángulos de visión. Plegable; sostiene móviles y tabletas de hasta 12,9 pulgadas.",
            ),
            (
                "zh-CN",
                "采用浙江安吉毛竹制作，五档角度可调。可折叠收纳，适用于12.9英寸以内的手机和平板。",
            ),
            (
                "ru-RU",
                "Изготовлена из бамбука мосо в Аньцзи (Чжэцзян), пять углов наклона. Складывается и держит телефоны и планшеты до 12,9 дюйма.",
            ),
            (
                "id-ID",
                "Terbuat dari bambu moso dari Anji, Zhejiang, dengan lima sudut pandang. Bisa dilipat rata dan menahan HP atau tablet hingga 12,9 inci.",
            ),
        ],
        tags: &["bamboo", "phone stand", "tablet", "desk", "eco-friendly"],
        sku_stem: "BAMB",
        option_name: "",
        option_values: &[],
        base_price_usd_cents: 990,
        weight_grams: 180,
        hs_code: "442191",
        origin_country: "CN",
        customs_description: "Phone and tablet stand of bamboo",
    },
    // 11. Porcelain tea set, China.
    DemoProduct {
        titles: &[
            ("en-US", "Porcelain Gongfu Tea Set, Gaiwan with 6 Cups"),
            (
                "pt-BR",
                "Jogo de Chá de Porcelana Gongfu, Gaiwan com 6 Xícaras",
            ),
            (
                "es-ES",
                "Juego de té gongfu de porcelana, gaiwan con 6 tazas",
            ),
            ("zh-CN", "景德镇手工白瓷功夫茶具套装 盖碗配六杯"),
            (
                "ru-RU",
                "Фарфоровый набор для чайной церемонии: гайвань и 6 пиал",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Hand-thrown in Jingdezhen: a 150 ml gaiwan, a fairness pitcher and six 50 ml cups, in a gift box.",
            ),
            (
                "pt-BR",
                "Feito à mão em Jingdezhen: um gaiwan de 150 ml, uma jarra de servir e seis xícaras de 50 ml, em caixa de presente.",
            ),
            (
                "es-ES",
                "Hecho a mano en Jingdezhen: un gaiwan de 150 ml, una jarra de servir y seis tazas de 50 ml, en caja de regalo.",
            ),
            (
                "zh-CN",
                "景德镇手工拉坯：150毫升盖碗一只、公道杯一只、50毫升品茗杯六只，礼盒包装。",
            ),
            (
                "ru-RU",
                "Ручная работа из Цзиндэчжэня: гайвань 150 мл, чахай и шесть пиал по 50 мл в подарочной коробке.",
            ),
        ],
        tags: &["tea set", "porcelain", "gaiwan", "tea", "gift", "china"],
        sku_stem: "TEAS",
        option_name: "colour",
        option_values: &["White", "Celadon", "Blue"],
        base_price_usd_cents: 7990,
        weight_grams: 900,
        hs_code: "691110",
        origin_country: "CN",
        customs_description: "Porcelain tea set: gaiwan, pitcher and 6 cups",
    },
    // 12. Phone case, China.
    DemoProduct {
        titles: &[
            (
                "en-US",
                "Shockproof Clear Phone Case with Raised Camera Edge",
            ),
            (
                "pt-BR",
                "Capinha de Celular Transparente com Proteção Antiqueda",
            ),
            (
                "es-ES",
                "Funda de móvil transparente antigolpes con borde para cámara",
            ),
            ("zh-CN", "透明防摔手机壳 镜头加高保护"),
            ("ru-RU", "Прозрачный противоударный чехол для телефона"),
            (
                "id-ID",
                "Casing HP Bening Anti Jatuh dengan Pelindung Kamera",
            ),
            (
                "pl-PL",
                "Przezroczyste etui na telefon, odporne na wstrząsy",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Flexible TPU with air-cushion corners and a raised lip that protects the screen and camera. Non-yellowing and wireless-charging compatible.",
            ),
            (
                "pt-BR",
                "TPU flexível com cantos de amortecimento e borda elevada que protege a tela e a câmera. Não amarela e é compatível com carregamento sem fio.",
            ),
            (
                "es-ES",
                "TPU flexible con esquinas amortiguadas y borde elevado que protege la pantalla y la cámara. No amarillea y es compatible con carga inalámbrica.",
            ),
            (
                "zh-CN",
                "柔性TPU材质，四角气囊防摔，边缘加高保护屏幕和镜头。不易发黄，支持无线充电。",
            ),
            (
                "ru-RU",
                "Гибкий TPU с воздушными подушками в углах и бортиком, защищающим экран и камеру. Не желтеет, поддерживает беспроводную зарядку.",
            ),
            (
                "id-ID",
                "TPU lentur dengan sudut bantalan udara dan bibir tinggi yang melindungi layar dan kamera. Tidak menguning dan mendukung pengisian nirkabel.",
            ),
            (
                "pl-PL",
                "Elastyczny TPU z poduszkami powietrznymi w narożnikach i podwyższoną ramką chroniącą ekran i aparat. Nie żółknie, obsługuje ładowanie bezprzewodowe.",
            ),
        ],
        tags: &["phone case", "tpu", "clear", "shockproof", "accessories"],
        sku_stem: "CASE",
        option_name: "colour",
        option_values: &["Clear", "Black", "Pink", "Blue"],
        base_price_usd_cents: 399,
        weight_grams: 30,
        hs_code: "392690",
        origin_country: "CN",
        customs_description: "Mobile phone case of plastics (TPU)",
    },
    // 13. LED strip, China.
    DemoProduct {
        titles: &[
            ("en-US", "USB LED Strip Lights, RGB, with Remote Control"),
            ("pt-BR", "Fita de LED RGB USB com Controle Remoto"),
            ("es-ES", "Tira LED RGB USB con mando a distancia"),
            ("zh-CN", "USB供电RGB LED灯带 遥控变色氛围灯"),
            ("ru-RU", "Светодиодная лента RGB с USB и пультом"),
            ("id-ID", "Lampu Strip LED RGB USB dengan Remote"),
        ],
        descriptions: &[
            (
                "en-US",
                "5 V USB-powered RGB strip with 16 colors and 4 dynamic modes, 30 LEDs per meter. Self-adhesive backing; can be cut every 3 LEDs.",
            ),
            (
                "pt-BR",
                "Fita RGB alimentada por USB de 5 V, com 16 cores e 4 modos dinâmicos, 30 LEDs por metro. Adesiva no verso; pode ser cortada a cada 3 LEDs.",
            ),
            (
                "es-ES",
                "Tira RGB alimentada por USB de 5 V con 16 colores y 4 modos dinámicos, 30 LED por metro. Reverso adhesivo; se puede cortar cada 3 LED.",
            ),
            (
                "zh-CN",
                "5V USB供电RGB灯带，16种颜色、4种动态模式，每米30颗灯珠。背胶安装，每3颗灯珠可剪断。",
            ),
            (
                "ru-RU",
                "RGB-лента с питанием 5 В от USB: 16 цветов и 4 динамических режима, 30 светодиодов на метр. Клейкая основа, режется через каждые 3 светодиода.",
            ),
            (
                "id-ID",
                "Strip RGB 5 V bertenaga USB dengan 16 warna dan 4 mode dinamis, 30 LED per meter. Bagian belakang berperekat; bisa dipotong setiap 3 LED.",
            ),
        ],
        tags: &[
            "led",
            "strip lights",
            "rgb",
            "usb",
            "home decor",
            "lighting",
        ],
        sku_stem: "LED",
        option_name: "size",
        option_values: &["2 m", "5 m", "10 m"],
        base_price_usd_cents: 1190,
        weight_grams: 120,
        hs_code: "940542",
        origin_country: "CN",
        customs_description: "LED light strip, flexible, USB 5 V, with remote control",
    },
    // 14. Roasted coffee beans, Brazil.
    DemoProduct {
        titles: &[
            ("en-US", "Brazilian Arabica Coffee Beans, Medium Roast"),
            ("pt-BR", "Café Arábica Torrado em Grãos, Sul de Minas"),
            ("es-ES", "Café arábica en grano tostado, origen Brasil"),
            ("zh-CN", "巴西阿拉比卡咖啡豆 中度烘焙 单一产地"),
            (
                "ru-RU",
                "Кофе в зёрнах арабика из Бразилии, средняя обжарка",
            ),
            ("id-ID", "Biji Kopi Arabika Brasil Sangrai Medium"),
            ("fr-FR", "Café arabica en grains torréfié, origine Brésil"),
        ],
        descriptions: &[
            (
                "en-US",
                "Specialty arabica from family farms in Sul de Minas, roasted to order in small batches. Notes of chocolate, hazelnut and caramel.",
            ),
            (
                "pt-BR",
                "Arábica especial de sítios familiares do Sul de Minas, torrado sob encomenda em pequenos lotes. Notas de chocolate, avelã e caramelo.",
            ),
            (
                "es-ES",
                "Arábica de especialidad de fincas familiares del Sul de Minas, tostado bajo pedido en pequeños lotes. Notas de chocolate, avellana y caramelo.",
            ),
            (
                "zh-CN",
                "来自巴西南米纳斯家庭农场的精品阿拉比卡，接单后小批量烘焙。带有巧克力、榛果和焦糖风味。",
            ),
            (
                "ru-RU",
                "Спешелти арабика с семейных ферм Сул-де-Минас, обжарка небольшими партиями под заказ. Ноты шоколада, фундука и карамели.",
            ),
            (
                "id-ID",
                "Arabika spesialti dari kebun keluarga di Sul de Minas, disangrai sesuai pesanan dalam batch kecil. Catatan rasa cokelat, hazelnut, dan karamel.",
            ),
            (
                "fr-FR",
                "Arabica de spécialité issu de fermes familiales du Sul de Minas, torréfié à la commande en petits lots. Notes de chocolat, noisette et caramel.",
            ),
        ],
        tags: &["coffee", "arabica", "coffee beans", "roasted", "brazil"],
        sku_stem: "CAFE",
        option_name: "weight",
        option_values: &["250 g", "500 g", "1 kg"],
        base_price_usd_cents: 1290,
        weight_grams: 250,
        hs_code: "090121",
        origin_country: "BR",
        customs_description: "Roasted coffee beans, arabica, not decaffeinated",
    },
    // 15. Marseille soap, France.
    DemoProduct {
        titles: &[
            ("en-US", "Genuine Marseille Soap Bar with Olive Oil, 300 g"),
            (
                "pt-BR",
                "Sabão de Marselha Artesanal com Azeite de Oliva, 300 g",
            ),
            (
                "es-ES",
                "Jabón de Marsella artesanal con aceite de oliva, 300 g",
            ),
            ("zh-CN", "法国马赛手工皂 橄榄油洁面沐浴皂 300克"),
            (
                "fr-FR",
                "Savon de Marseille à l'huile d'olive, cube de 300 g",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Cauldron-cooked in Salon-de-Provence with 72% olive oil, with no fragrance or colorants. Gentle on face, body and hands.",
            ),
            (
                "pt-BR",
                "Cozido em caldeirão em Salon-de-Provence com 72% de azeite de oliva, sem perfume nem corantes. Suave para rosto, corpo e mãos.",
            ),
            (
                "es-ES",
                "Cocido en caldero en Salon-de-Provence con un 72 % de aceite de oliva, sin perfume ni colorantes. Suave para rostro, cuerpo y manos.",
            ),
            (
                "zh-CN",
                "在普罗旺斯地区萨隆以传统大锅熬制，含72%橄榄油，无香精、无色素。温和适用于面部、身体和双手。",
            ),
            (
                "fr-FR",
                "Cuit au chaudron à Salon-de-Provence avec 72 % d'huile d'olive, sans parfum ni colorant. Doux pour le visage, le corps et les mains.",
            ),
        ],
        tags: &["soap", "olive oil", "natural", "bath", "handmade", "france"],
        sku_stem: "SOAP",
        option_name: "",
        option_values: &[],
        base_price_usd_cents: 790,
        weight_grams: 300,
        hs_code: "340111",
        origin_country: "FR",
        customs_description: "Toilet soap in bar, olive oil based",
    },
    // 16. Rattan bag, Indonesia.
    DemoProduct {
        titles: &[
            ("en-US", "Round Rattan Crossbody Bag, Handwoven in Bali"),
            ("pt-BR", "Bolsa Redonda de Rattan Tecida à Mão em Bali"),
            ("es-ES", "Bolso redondo de ratán tejido a mano en Bali"),
            ("zh-CN", "巴厘岛手工编织藤编圆形斜挎包"),
            ("id-ID", "Tas Rotan Bulat Selempang Anyaman Tangan Bali"),
        ],
        descriptions: &[
            (
                "en-US",
                "Woven from natural rattan by artisans in Bali and lined with batik cotton. Adjustable leather strap and magnetic clasp.",
            ),
            (
                "pt-BR",
                "Tecida em rattan natural por artesãos de Bali, com forro de algodão batik. Alça de couro regulável e fecho magnético.",
            ),
            (
                "es-ES",
                "Tejido con ratán natural por artesanos de Bali y forrado con algodón batik. Correa de piel regulable y cierre magnético.",
            ),
            (
                "zh-CN",
                "巴厘岛匠人以天然藤条编织，内衬蜡染棉布。可调节皮革肩带，磁吸扣。",
            ),
            (
                "id-ID",
                "Dianyam dari rotan alami oleh perajin Bali, dengan lapisan dalam katun batik. Tali kulit bisa diatur dan kancing magnet.",
            ),
        ],
        tags: &["rattan", "bag", "crossbody", "handwoven", "summer", "bali"],
        sku_stem: "RATN",
        option_name: "size",
        option_values: &["15 cm", "20 cm", "25 cm"],
        base_price_usd_cents: 3490,
        weight_grams: 350,
        hs_code: "460212",
        origin_country: "ID",
        customs_description: "Handbag of plaited rattan, cotton-lined",
    },
    // 17. Felt slippers, Russia.
    DemoProduct {
        titles: &[
            (
                "en-US",
                "Handmade Wool Felt Slippers, Russian Valenki Style",
            ),
            (
                "pt-BR",
                "Pantufas de Feltro de Lã Feitas à Mão, Estilo Valenki",
            ),
            (
                "es-ES",
                "Zapatillas de fieltro de lana hechas a mano, estilo valenki",
            ),
            ("zh-CN", "俄罗斯手工羊毛毡拖鞋 瓦连基风格"),
            (
                "ru-RU",
                "Войлочные тапочки ручной валки из натуральной шерсти",
            ),
            ("pl-PL", "Ręcznie filcowane kapcie z wełny owczej"),
        ],
        descriptions: &[
            (
                "en-US",
                "Felted by hand from sheep's wool in a family workshop near Kirov, with a sewn-on felt sole. Warm, breathable and quiet on wooden floors.",
            ),
            (
                "pt-BR",
                "Feltradas à mão com lã de ovelha em uma oficina familiar perto de Kirov, com sola de feltro costurada. Quentes, respiráveis e silenciosas no piso de madeira.",
            ),
            (
                "es-ES",
                "Enfieltradas a mano con lana de oveja en un taller familiar cerca de Kírov, con suela de fieltro cosida. Cálidas, transpirables y silenciosas sobre suelos de madera.",
            ),
            (
                "zh-CN",
                "基洛夫附近的家庭作坊以羊毛手工擀制，缝制毛毡鞋底。保暖透气，踩在木地板上也很安静。",
            ),
            (
                "ru-RU",
                "Свалены вручную из овечьей шерсти в семейной мастерской под Кировом, с пришитой войлочной подошвой. Тёплые, дышащие и бесшумные на деревянном полу.",
            ),
            (
                "pl-PL",
                "Ręcznie filcowane z owczej wełny w rodzinnej pracowni pod Kirowem, z przyszytą podeszwą z filcu. Ciepłe, przewiewne i ciche na drewnianej podłodze.",
            ),
        ],
        tags: &["slippers", "felt", "wool", "valenki", "winter", "russia"],
        sku_stem: "FELT",
        option_name: "size",
        option_values: &["37", "39", "41", "43"],
        base_price_usd_cents: 3290,
        weight_grams: 350,
        hs_code: "640520",
        origin_country: "RU",
        customs_description: "Slippers, wool felt uppers and felt soles",
    },
    // 18. Alpaca beanie, Peru.
    DemoProduct {
        titles: &[
            ("en-US", "Hand-Knitted Alpaca Wool Beanie Hat"),
            ("pt-BR", "Gorro de Lã de Alpaca Tricotado à Mão"),
            ("es-ES", "Gorro de lana de alpaca tejido a mano"),
            ("zh-CN", "秘鲁手工编织羊驼毛针织帽"),
        ],
        descriptions: &[
            (
                "en-US",
                "Knitted by a women's cooperative in Puno, Peru, from baby alpaca yarn. Soft, warm and itch-free; one size fits most adults.",
            ),
            (
                "pt-BR",
                "Tricotado por uma cooperativa de mulheres em Puno, no Peru, com fio de baby alpaca. Macio, quente e não pinica; tamanho único para adultos.",
            ),
            (
                "es-ES",
                "Tejido por una cooperativa de mujeres de Puno (Perú) con hilo de baby alpaca. Suave, cálido y no pica; talla única para adultos.",
            ),
            (
                "zh-CN",
                "由秘鲁普诺的女性合作社用幼羊驼毛线手工编织。柔软保暖不扎皮肤，成人均码。",
            ),
        ],
        tags: &["hat", "beanie", "alpaca", "knitted", "winter", "peru"],
        sku_stem: "HAT",
        option_name: "colour",
        option_values: &["Grey", "Navy", "Mustard", "Cream"],
        base_price_usd_cents: 2190,
        weight_grams: 90,
        hs_code: "650500",
        origin_country: "PE",
        customs_description: "Knitted hat of alpaca wool",
    },
    // 19. Organic cotton T-shirt, Turkey.
    DemoProduct {
        titles: &[
            ("en-US", "Unisex Organic Cotton T-Shirt, Crew Neck"),
            (
                "pt-BR",
                "Camiseta Unissex de Algodão Orgânico, Gola Redonda",
            ),
            (
                "es-ES",
                "Camiseta unisex de algodón orgánico, cuello redondo",
            ),
            ("zh-CN", "中性款有机纯棉圆领T恤"),
            ("ru-RU", "Футболка унисекс из органического хлопка"),
            ("id-ID", "Kaos Unisex Katun Organik Leher Bulat"),
        ],
        descriptions: &[
            (
                "en-US",
                "Knitted and sewn in Izmir, Turkey, from 180 g/m² GOTS-certified organic cotton. Pre-shrunk, regular fit.",
            ),
            (
                "pt-BR",
                "Malha e confecção em Izmir, na Turquia, com algodão orgânico certificado GOTS de 180 g/m². Pré-encolhida, modelagem regular.",
            ),
            (
                "es-ES",
                "Tejida y confeccionada en Esmirna (Turquía) con algodón orgánico certificado GOTS de 180 g/m². Preencogida, corte regular.",
            ),
            (
                "zh-CN",
                "在土耳其伊兹密尔织造和缝制，采用180克/平方米GOTS认证有机棉。预缩处理，常规版型。",
            ),
            (
                "ru-RU",
                "Связана и сшита в Измире (Турция) из органического хлопка плотностью 180 г/м² с сертификатом GOTS. Предварительно усажена, прямой крой.",
            ),
            (
                "id-ID",
                "Dirajut dan dijahit di Izmir, Turki, dari katun organik bersertifikat GOTS 180 g/m². Sudah pre-shrunk, potongan reguler.",
            ),
        ],
        tags: &["t-shirt", "cotton", "organic", "unisex", "basics"],
        sku_stem: "TEE",
        option_name: "size",
        option_values: &["S", "M", "L", "XL"],
        base_price_usd_cents: 1290,
        weight_grams: 180,
        hs_code: "610910",
        origin_country: "TR",
        customs_description: "T-shirt, knitted, 100% cotton",
    },
    // 20. Canvas sneakers, Indonesia.
    DemoProduct {
        titles: &[
            (
                "en-US",
                "Low-Top Canvas Sneakers with Vulcanized Rubber Sole",
            ),
            (
                "pt-BR",
                "Tênis de Lona Cano Baixo com Sola de Borracha Vulcanizada",
            ),
            (
                "es-ES",
                "Zapatillas de lona bajas con suela de goma vulcanizada",
            ),
            ("zh-CN", "低帮帆布鞋 硫化橡胶底 男女同款"),
            (
                "id-ID",
                "Sepatu Kanvas Low Top Sol Karet Vulkanisir, Buatan Bandung",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Made in a small factory in Bandung with a cotton canvas upper and a vulcanized rubber sole. Unisex, EU sizes.",
            ),
            (
                "pt-BR",
                "Produzido em uma pequena fábrica em Bandung, com cabedal de lona de algodão e sola de borracha vulcanizada. Unissex, numeração europeia.",
            ),
            (
                "es-ES",
                "Fabricadas en un pequeño taller de Bandung con pala de lona de algodón y suela de goma vulcanizada. Unisex, tallas europeas.",
            ),
            (
                "zh-CN",
                "由万隆的小型工厂制作，纯棉帆布鞋面，硫化橡胶鞋底。男女同款，欧码。",
            ),
            (
                "id-ID",
                "Dibuat di pabrik kecil di Bandung dengan bagian atas kanvas katun dan sol karet vulkanisir. Unisex, ukuran EU.",
            ),
        ],
        tags: &["sneakers", "shoes", "canvas", "unisex", "casual"],
        sku_stem: "SNK",
        option_name: "size",
        option_values: &["38", "39", "40", "41"],
        base_price_usd_cents: 3490,
        weight_grams: 700,
        hs_code: "640419",
        origin_country: "ID",
        customs_description: "Canvas sneakers, textile uppers, rubber soles",
    },
    // 21. Peshtemal towel, Turkey.
    DemoProduct {
        titles: &[
            ("en-US", "Turkish Cotton Peshtemal Towel, 100 x 180 cm"),
            ("pt-BR", "Toalha Turca Peshtemal de Algodão, 100 x 180 cm"),
            ("es-ES", "Toalla turca peshtemal de algodón, 100 x 180 cm"),
            ("zh-CN", "土耳其纯棉沙滩浴巾 轻薄速干 100x180厘米"),
            (
                "ru-RU",
                "Турецкое полотенце пештемаль из хлопка, 100 x 180 см",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Flat-woven on shuttle looms in Denizli from 100% Turkish cotton, with hand-twisted tassels. Light and quick-drying for the beach, bath or hammam.",
            ),
            (
                "pt-BR",
                "Tecida em teares de lançadeira em Denizli com 100% algodão turco e franjas torcidas à mão. Leve e de secagem rápida, para praia, banho ou hammam.",
            ),
            (
                "es-ES",
                "Tejida en telares de lanzadera en Denizli con 100 % algodón turco y flecos torcidos a mano. Ligera y de secado rápido, para playa, baño o hammam.",
            ),
            (
                "zh-CN",
                "在代尼兹利用梭织机以100%土耳其棉平织而成，流苏手工捻制。轻薄速干，适合海滩、浴室或土耳其浴。",
            ),
            (
                "ru-RU",
                "Соткано на челночных станках в Денизли из 100% турецкого хлопка, кисти скручены вручную. Лёгкое и быстросохнущее, для пляжа, ванной или хаммама.",
            ),
        ],
        tags: &["towel", "peshtemal", "cotton", "beach", "bath", "turkey"],
        sku_stem: "TOWL",
        option_name: "colour",
        option_values: &["Blue", "Grey", "Beige", "Pink"],
        base_price_usd_cents: 1990,
        weight_grams: 350,
        hs_code: "630291",
        origin_country: "TR",
        customs_description: "Bath towel, woven cotton, not terry",
    },
    // 22. Jute espadrilles, Spain.
    DemoProduct {
        titles: &[
            ("en-US", "Classic Jute Espadrilles, Handmade in Spain"),
            (
                "pt-BR",
                "Alpargatas Clássicas de Juta Feitas à Mão na Espanha",
            ),
            (
                "es-ES",
                "Alpargatas clásicas de yute hechas a mano en España",
            ),
            ("zh-CN", "西班牙手工黄麻底帆布草编鞋"),
            (
                "fr-FR",
                "Espadrilles classiques en jute, fabriquées en Espagne",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Cotton canvas upper hand-stitched to a braided jute sole in Cervera del Río Alhama, La Rioja. Light and breathable; EU sizes.",
            ),
            (
                "pt-BR",
                "Cabedal de lona de algodão costurado à mão em sola de juta trançada, em Cervera del Río Alhama, La Rioja. Leves e respiráveis; numeração europeia.",
            ),
            (
                "es-ES",
                "Lona de algodón cosida a mano sobre suela de yute trenzado en Cervera del Río Alhama (La Rioja). Ligeras y transpirables; tallas europeas.",
            ),
            (
                "zh-CN",
                "在西班牙拉里奥哈的塞尔韦拉德尔里奥阿尔哈马，将棉帆布鞋面手工缝制于编织黄麻鞋底上。轻便透气，欧码。",
            ),
            (
                "fr-FR",
                "Toile de coton cousue main sur une semelle en jute tressée à Cervera del Río Alhama (La Rioja). Légères et respirantes ; pointures européennes.",
            ),
        ],
        tags: &[
            "espadrilles",
            "shoes",
            "jute",
            "summer",
            "handmade",
            "spain",
        ],
        sku_stem: "ESPA",
        option_name: "size",
        option_values: &["37", "38", "39", "40"],
        base_price_usd_cents: 2790,
        weight_grams: 400,
        hs_code: "640520",
        origin_country: "ES",
        customs_description: "Espadrilles, cotton canvas uppers, jute soles",
    },
    // 23. Olive wood cutting board, Spain.
    DemoProduct {
        titles: &[
            ("en-US", "Olive Wood Cutting Board with Handle, 35 cm"),
            (
                "pt-BR",
                "Tábua de Corte de Madeira de Oliveira com Alça, 35 cm",
            ),
            (
                "es-ES",
                "Tabla de cortar de madera de olivo con mango, hecha en España",
            ),
            ("zh-CN", "西班牙橄榄木砧板 带手柄 35厘米"),
        ],
        descriptions: &[
            (
                "en-US",
                "Made from pruned olive wood from Jaén, Andalusia, so every board has a unique grain. Finished with food-safe mineral oil.",
            ),
            (
                "pt-BR",
                "Feita com madeira de poda de oliveiras de Jaén, na Andaluzia; cada tábua tem veios únicos. Acabamento com óleo mineral próprio para alimentos.",
            ),
            (
                "es-ES",
                "Elaborada con madera de poda de olivos de Jaén (Andalucía), por lo que cada tabla tiene una veta única. Acabado con aceite mineral apto para alimentos.",
            ),
            (
                "zh-CN",
                "取材于安达卢西亚哈恩修剪下来的橄榄树枝干，每块砧板纹理独一无二。以食品级矿物油处理。",
            ),
        ],
        tags: &["cutting board", "olive wood", "kitchen", "wooden", "spain"],
        sku_stem: "OLIV",
        option_name: "",
        option_values: &[],
        base_price_usd_cents: 3290,
        weight_grams: 700,
        hs_code: "441990",
        origin_country: "ES",
        customs_description: "Cutting board of olive wood",
    },
    // 24. Longjing green tea, China.
    DemoProduct {
        titles: &[
            ("en-US", "West Lake Longjing Green Tea, Spring Harvest"),
            (
                "pt-BR",
                "Chá Verde Longjing do Lago Oeste, Colheita de Primavera",
            ),
            (
                "es-ES",
                "Té verde Longjing del Lago del Oeste, cosecha de primavera",
            ),
            ("zh-CN", "西湖龙井绿茶 明前春茶 罐装"),
            (
                "ru-RU",
                "Зелёный чай Лунцзин с Западного озера, весенний сбор",
            ),
            ("id-ID", "Teh Hijau Longjing West Lake, Panen Musim Semi"),
        ],
        descriptions: &[
            (
                "en-US",
                "Pan-fired by hand in Hangzhou from leaves picked before Qingming. Sweet, nutty and chestnut-like; packed in a resealable tin.",
            ),
            (
                "pt-BR",
                "Torrado à mão na panela em Hangzhou, com folhas colhidas antes do Qingming. Sabor adocicado que lembra castanhas; em lata com tampa.",
            ),
            (
                "es-ES",
                "Tostado a mano en sartén en Hangzhou con hojas recogidas antes del Qingming. Dulce, con notas de castaña; en lata con cierre.",
            ),
            (
                "zh-CN",
                "杭州明前采摘，手工炒制。口感鲜甜，带豆香与栗香，密封罐装。",
            ),
            (
                "ru-RU",
                "Обжарен вручную в котле в Ханчжоу из листьев, собранных до праздника Цинмин. Сладкий, с ореховыми и каштановыми нотами; в герметичной банке.",
            ),
            (
                "id-ID",
                "Disangrai manual di wajan di Hangzhou dari daun yang dipetik sebelum Qingming. Manis dengan aroma kacang dan kastanye; dikemas dalam kaleng.",
            ),
        ],
        tags: &["tea", "green tea", "longjing", "loose leaf", "china"],
        sku_stem: "GTEA",
        option_name: "weight",
        option_values: &["50 g", "100 g", "250 g"],
        base_price_usd_cents: 1590,
        weight_grams: 50,
        hs_code: "090210",
        origin_country: "CN",
        customs_description: "Green tea, not fermented, in tins not over 3 kg",
    },
    // 25. Vanilla beans, Indonesia.
    DemoProduct {
        titles: &[
            ("en-US", "Grade A Planifolia Vanilla Beans, 14-16 cm"),
            ("pt-BR", "Favas de Baunilha Planifolia Grau A, 14-16 cm"),
            ("es-ES", "Vainas de vainilla planifolia grado A, 14-16 cm"),
            ("zh-CN", "印尼A级香草荚 平叶香草 14-16厘米"),
            ("id-ID", "Vanili Batang Planifolia Grade A, 14-16 cm"),
        ],
        descriptions: &[
            (
                "en-US",
                "Grown by smallholders in Java and sun-cured for months. Moist, oily pods for baking, ice cream and homemade extract.",
            ),
            (
                "pt-BR",
                "Cultivada por pequenos produtores em Java e curada ao sol durante meses. Favas úmidas e oleosas para confeitaria, sorvetes e extrato caseiro.",
            ),
            (
                "es-ES",
                "Cultivada por pequeños productores de Java y curada al sol durante meses. Vainas húmedas y aceitosas para repostería, helados y extracto casero.",
            ),
            (
                "zh-CN",
                "由爪哇小农种植，经数月日晒发酵。豆荚饱满油润，适合烘焙、冰淇淋和自制香草精。",
            ),
            (
                "id-ID",
                "Ditanam petani kecil di Jawa dan dijemur selama berbulan-bulan. Polong lembap dan berminyak untuk kue, es krim, dan ekstrak buatan sendiri.",
            ),
        ],
        tags: &["vanilla", "spices", "baking", "gourmet", "indonesia"],
        sku_stem: "VANI",
        option_name: "weight",
        option_values: &["10 g", "25 g", "50 g"],
        base_price_usd_cents: 990,
        weight_grams: 10,
        hs_code: "090510",
        origin_country: "ID",
        customs_description: "Vanilla beans, whole, cured, not crushed",
    },
    // 26. Glass Christmas baubles, Poland.
    DemoProduct {
        titles: &[
            ("en-US", "Hand-Painted Glass Christmas Baubles, Set of 6"),
            ("pt-BR", "Bolas de Natal de Vidro Pintadas à Mão, Kit com 6"),
            (
                "es-ES",
                "Bolas de Navidad de vidrio pintadas a mano, set de 6",
            ),
            ("zh-CN", "波兰手工吹制彩绘玻璃圣诞球 6只装"),
            (
                "ru-RU",
                "Стеклянные ёлочные шары ручной росписи, набор из 6 шт.",
            ),
            (
                "pl-PL",
                "Ręcznie malowane szklane bombki choinkowe, 6 sztuk",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Mouth-blown and hand-painted at a family glassworks in Lower Silesia, Poland. Six 8 cm baubles packed in a gift box.",
            ),
            (
                "pt-BR",
                "Sopradas e pintadas à mão em uma vidraria familiar na Baixa Silésia, Polônia. Seis bolas de 8 cm em caixa de presente.",
            ),
            (
                "es-ES",
                "Sopladas y pintadas a mano en un taller familiar de vidrio de la Baja Silesia (Polonia). Seis bolas de 8 cm en caja de regalo.",
            ),
            (
                "zh-CN",
                "在波兰下西里西亚的家族玻璃工坊人工吹制、手工彩绘。六只8厘米圣诞球，礼盒包装。",
            ),
            (
                "ru-RU",
                "Выдуты и расписаны вручную в семейной стеклодувной мастерской в Нижней Силезии (Польша). Шесть шаров диаметром 8 см в подарочной коробке.",
            ),
            (
                "pl-PL",
                "Ręcznie dmuchane i malowane w rodzinnej hucie szkła na Dolnym Śląsku. Sześć bombek o średnicy 8 cm w ozdobnym pudełku.",
            ),
        ],
        tags: &[
            "christmas",
            "baubles",
            "ornaments",
            "glass",
            "gift",
            "poland",
        ],
        sku_stem: "BAUB",
        option_name: "colour",
        option_values: &["Red", "Gold", "Blue", "Silver"],
        base_price_usd_cents: 3490,
        weight_grams: 240,
        hs_code: "950510",
        origin_country: "PL",
        customs_description: "Glass Christmas tree ornaments, hand-painted",
    },
    // 27. Block-printed tablecloth, India.
    DemoProduct {
        titles: &[
            ("en-US", "Hand Block-Printed Cotton Tablecloth from Jaipur"),
            (
                "pt-BR",
                "Toalha de Mesa de Algodão Estampada à Mão com Carimbo",
            ),
            (
                "es-ES",
                "Mantel de algodón estampado a mano con bloques de madera",
            ),
            ("zh-CN", "印度斋浦尔手工木版印花纯棉桌布"),
        ],
        descriptions: &[
            (
                "en-US",
                "Printed with carved teak blocks and natural dyes by artisans in Bagru, near Jaipur. Machine washable at 30 °C.",
            ),
            (
                "pt-BR",
                "Estampada com blocos de teca entalhados e corantes naturais por artesãos de Bagru, perto de Jaipur. Pode ser lavada na máquina a 30 °C.",
            ),
            (
                "es-ES",
                "Estampado con bloques de teca tallados y tintes naturales por artesanos de Bagru, cerca de Jaipur. Lavable a máquina a 30 °C.",
            ),
            (
                "zh-CN",
                "由斋浦尔附近巴格鲁的匠人以雕刻柚木印版和天然染料手工印制。可机洗，水温30°C。",
            ),
        ],
        tags: &["tablecloth", "cotton", "block print", "home decor", "india"],
        sku_stem: "TBLC",
        option_name: "size",
        option_values: &["150x150 cm", "150x220 cm", "150x270 cm"],
        base_price_usd_cents: 3890,
        weight_grams: 500,
        hs_code: "630251",
        origin_country: "IN",
        customs_description: "Tablecloth, woven cotton, hand block-printed",
    },
    // 28. Sheet face masks, South Korea.
    DemoProduct {
        titles: &[
            ("en-US", "Hyaluronic Acid Sheet Face Masks, Pack of 10"),
            (
                "pt-BR",
                "Máscara Facial de Tecido com Ácido Hialurônico, Kit com 10",
            ),
            (
                "es-ES",
                "Mascarillas faciales de tela con ácido hialurónico, pack de 10",
            ),
            ("zh-CN", "韩国玻尿酸补水面膜 10片装"),
            (
                "ru-RU",
                "Тканевые маски для лица с гиалуроновой кислотой, 10 шт.",
            ),
            ("id-ID", "Masker Wajah Sheet Asam Hialuronat, Isi 10"),
        ],
        descriptions: &[
            (
                "en-US",
                "Made in Korea: cellulose sheets each soaked in 25 ml of hyaluronic acid essence. Hydrates and soothes dry skin in 15-20 minutes.",
            ),
            (
                "pt-BR",
                "Fabricadas na Coreia, com folhas de celulose embebidas em 25 ml de essência de ácido hialurônico cada. Hidratam e acalmam a pele seca em 15 a 20 minutos.",
            ),
            (
                "es-ES",
                "Fabricadas en Corea con láminas de celulosa empapadas en 25 ml de esencia de ácido hialurónico cada una. Hidratan y calman la piel seca en 15-20 minutos.",
            ),
            (
                "zh-CN",
                "韩国制造，每片纤维素面膜浸润25毫升玻尿酸精华。15-20分钟为干燥肌肤补水舒缓。",
            ),
            (
                "ru-RU",
                "Произведены в Корее: целлюлозная основа, пропитанная 25 мл эссенции с гиалуроновой кислотой. Увлажняют и успокаивают сухую кожу за 15-20 минут.",
            ),
            (
                "id-ID",
                "Dibuat di Korea dengan lembaran selulosa yang direndam 25 ml esens asam hialuronat per lembar. Melembapkan dan menenangkan kulit kering dalam 15-20 menit.",
            ),
        ],
        tags: &[
            "skincare",
            "face mask",
            "sheet mask",
            "hyaluronic acid",
            "k-beauty",
        ],
        sku_stem: "MASK",
        option_name: "",
        option_values: &[],
        base_price_usd_cents: 1290,
        weight_grams: 280,
        hs_code: "330499",
        origin_country: "KR",
        customs_description: "Cosmetic sheet face masks for skin care",
    },
    // 29. USB-C cable, China.
    DemoProduct {
        titles: &[
            ("en-US", "Braided USB-C to USB-C Fast Charging Cable, 60 W"),
            ("pt-BR", "Cabo USB-C para USB-C Trançado, Carga Rápida 60 W"),
            (
                "es-ES",
                "Cable USB-C a USB-C trenzado de carga rápida, 60 W",
            ),
            ("zh-CN", "USB-C转USB-C编织快充数据线 60W"),
            (
                "ru-RU",
                "Кабель USB-C - USB-C в оплётке, быстрая зарядка 60 Вт",
            ),
            ("id-ID", "Kabel USB-C ke USB-C Braided Fast Charging 60 W"),
        ],
        descriptions: &[
            (
                "en-US",
                "Nylon-braided cable rated for 60 W Power Delivery and USB 2.0 data, tested to 10,000 bends. Works with phones, tablets and laptops.",
            ),
            (
                "pt-BR",
                "Cabo com trança de nylon para 60 W Power Delivery e dados USB 2.0, testado em 10.000 dobras. Compatível com celulares, tablets e notebooks.",
            ),
            (
                "es-ES",
                "Cable trenzado de nailon para 60 W Power Delivery y datos USB 2.0, probado con 10 000 dobleces. Compatible con móviles, tabletas y portátiles.",
            ),
            (
                "zh-CN",
                "尼龙编织线身，支持60W PD快充和USB 2.0数据传输，经10000次弯折测试。适用于手机、平板和笔记本电脑。",
            ),
            (
                "ru-RU",
                "Кабель в нейлоновой оплётке, поддерживает 60 Вт Power Delivery и передачу данных USB 2.0, выдерживает 10 000 изгибов. Для телефонов, планшетов и ноутбуков.",
            ),
            (
                "id-ID",
                "Kabel berlapis nilon untuk Power Delivery 60 W dan data USB 2.0, teruji 10.000 kali tekukan. Cocok untuk HP, tablet, dan laptop.",
            ),
        ],
        tags: &[
            "usb-c",
            "cable",
            "charging",
            "phone accessories",
            "electronics",
        ],
        sku_stem: "CBL",
        option_name: "size",
        option_values: &["1 m", "2 m"],
        base_price_usd_cents: 299,
        weight_grams: 40,
        hs_code: "854442",
        origin_country: "CN",
        customs_description: "USB-C charging cable fitted with connectors, 20 V",
    },
    // 30. Printed wool shawl, Russia.
    DemoProduct {
        titles: &[
            (
                "en-US",
                "Russian Floral Wool Shawl, Pavlovo Posad Style, 125 x 125 cm",
            ),
            ("pt-BR", "Xale Russo de Lã com Estampa Floral, 125 x 125 cm"),
            (
                "es-ES",
                "Mantón ruso de lana con estampado floral, 125 x 125 cm",
            ),
            ("zh-CN", "俄罗斯传统花卉印花羊毛方巾披肩 125x125厘米"),
            (
                "ru-RU",
                "Павловопосадский шерстяной платок с цветами, 125 x 125 см",
            ),
        ],
        descriptions: &[
            (
                "en-US",
                "Printed with traditional rose motifs in Pavlovsky Posad near Moscow on fine worsted wool, finished with a silk fringe.",
            ),
            (
                "pt-BR",
                "Estampado com os tradicionais motivos de rosas em Pavlovsky Posad, perto de Moscou, em lã penteada fina com franja de seda.",
            ),
            (
                "es-ES",
                "Estampado con los tradicionales motivos de rosas en Pávlovski Posad, cerca de Moscú, sobre lana peinada fina con flecos de seda.",
            ),
            (
                "zh-CN",
                "在莫斯科附近的巴甫洛夫斯基波萨德，以传统玫瑰图案印制于精纺细羊毛上，配真丝流苏。",
            ),
            (
                "ru-RU",
                "Традиционный узор из роз, напечатанный в Павловском Посаде на тонкой камвольной шерсти, с шёлковой бахромой.",
            ),
        ],
        tags: &["shawl", "wool", "floral", "women", "russia"],
        sku_stem: "SHWL",
        option_name: "colour",
        option_values: &["Red", "Black", "Cream", "Blue"],
        base_price_usd_cents: 5490,
        weight_grams: 200,
        hs_code: "621420",
        origin_country: "RU",
        customs_description: "Shawl of wool, printed, with silk fringe",
    },
];
