//! Sentence-embedding similarity: all-MiniLM-L6-v2 through candle (CPU,
//! pure Rust), behind the `semantic` cargo feature.
//!
//! Outlets translate and paraphrase one quotation ("must be provided with
//! all that it needs" / "needs to be provided with everything it needs"),
//! and word overlap misses much of that. An embedding sees it, but it also
//! sees two different events of one kind (two earthquakes, two arrests) as
//! alike, so the [`HybridScorer`] never uses it alone: it mixes the
//! embedding cosine into the lexical scorer's total, which keeps the entity,
//! number, date, frame and quote evidence.
//!
//! The model is read from a local folder (`--model DIR` or
//! `CROSSCHECK_MODEL`; `scripts/fetch_model.sh` fetches one), never from a
//! hub. Each statement is embedded once, in batches of similar length, as
//! sentence-transformers does for this model: mean pooling of the last
//! hidden states over the attention mask, then L2 normalization
//! (`modules.json`: Transformer → Pooling(mean) → Normalize).

use super::score::{LexicalScorer, Score, Scorer};
use super::AlignOptions;
use crate::extract::Extracted;
use crate::Problem;
use std::path::{Path, PathBuf};

/// The environment variable naming the model folder when `--model` is not
/// given.
pub const MODEL_ENV: &str = "CROSSCHECK_MODEL";

/// Share of the hybrid total that comes from the embedding cosine; the rest
/// is the lexical scorer's total. Calibrated on the ECB+ dev topics.
pub const SEMANTIC_WEIGHT: f64 = 0.3;

/// Cosine below which two statements count as unrelated: MiniLM puts
/// unrelated English sentences around 0–0.2, and same-topic ones that
/// assert different things around 0.3–0.5.
pub const COSINE_FLOOR: f64 = 0.3;

/// Why the semantic scorer could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The crate was built without the `semantic` feature.
    #[error(
        "--similarity hybrid needs the `semantic` feature, which this build of crosscheck lacks \
         (rebuild with `cargo build --release --features semantic`)"
    )]
    NotBuilt,
    /// No folder was given.
    #[error(
        "--similarity hybrid needs a model folder: give --model DIR or set {MODEL_ENV} \
         (scripts/fetch_model.sh fetches all-MiniLM-L6-v2 and prints its folder)"
    )]
    NoModel,
    /// A file of the model folder is missing or malformed.
    #[error("{path}: {message}")]
    Load { path: PathBuf, message: String },
    /// The model failed on the input.
    #[error("{dir}: embedding failed: {message}")]
    Embed { dir: PathBuf, message: String },
}

impl ModelError {
    /// As a run problem, for a library caller that did not [`check`] first.
    pub fn problem(&self) -> Problem {
        let path = match self {
            ModelError::Load { path, .. } => path.display().to_string(),
            ModelError::Embed { dir, .. } => dir.display().to_string(),
            _ => "semantic".into(),
        };
        Problem::warning(
            path,
            None,
            format!("{self}; aligned with the lexical scorer instead"),
        )
    }
}

/// The model folder: the option, else `CROSSCHECK_MODEL`.
pub fn model_dir(option: Option<&Path>) -> Option<PathBuf> {
    option.map(Path::to_path_buf).or_else(|| {
        std::env::var_os(MODEL_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
}

/// Loads the model the options ask for (once per process), so that a bad
/// folder is an error before any work rather than a warning after it.
/// Lexical options need nothing.
pub fn check(options: &AlignOptions) -> Result<(), ModelError> {
    if options.similarity == super::Similarity::Lexical {
        return Ok(());
    }
    #[cfg(feature = "semantic")]
    {
        let dir = model_dir(options.model.as_deref()).ok_or(ModelError::NoModel)?;
        model::shared(&dir).map(|_| ())
    }
    #[cfg(not(feature = "semantic"))]
    Err(ModelError::NotBuilt)
}

/// The hybrid scorer of a run: embeds every statement, then scores pairs.
pub(super) fn scorer<'a>(
    extracted: &Extracted,
    lexical: &'a LexicalScorer,
    options: &AlignOptions,
) -> Result<Box<dyn Scorer + 'a>, ModelError> {
    #[cfg(feature = "semantic")]
    {
        let dir = model_dir(options.model.as_deref()).ok_or(ModelError::NoModel)?;
        let embedder = model::shared(&dir)?;
        let texts: Vec<&str> = extracted
            .segmented
            .statements
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        let embeddings = embedder.embed(&texts)?;
        Ok(Box::new(HybridScorer::new(lexical, embeddings)))
    }
    #[cfg(not(feature = "semantic"))]
    {
        let _ = (extracted, lexical, options);
        Err(ModelError::NotBuilt)
    }
}

/// Unit-length sentence embeddings of the statements of a run, row-major.
#[derive(Debug, Clone, PartialEq)]
pub struct Embeddings {
    pub dim: usize,
    pub data: Vec<f32>,
}

impl Embeddings {
    /// The embedding of statement `i`.
    pub fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.dim..(i + 1) * self.dim]
    }

    /// Cosine of statements `a` and `b` (the rows are unit length). Summed
    /// in f64 and rounded to 1e-6 so that the last bits of the matrix
    /// products never decide a threshold differently from run to run.
    pub fn cosine(&self, a: usize, b: usize) -> f64 {
        let dot: f64 = self
            .row(a)
            .iter()
            .zip(self.row(b))
            .map(|(x, y)| *x as f64 * *y as f64)
            .sum();
        (dot * 1e6).round() / 1e6
    }
}

/// Lexical total and embedding cosine, mixed.
///
/// total = (1 − w) · lexical total + w · max(0, (cos − floor) / (1 − floor))
///
/// The lexical total carries the entity, number and date evidence that
/// keeps two events of one kind apart; the embedding lifts paraphrases and
/// translations that share few words.
pub struct HybridScorer<'a> {
    pub lexical: &'a LexicalScorer,
    pub embeddings: Embeddings,
}

impl<'a> HybridScorer<'a> {
    pub fn new(lexical: &'a LexicalScorer, embeddings: Embeddings) -> Self {
        HybridScorer {
            lexical,
            embeddings,
        }
    }
}

impl Scorer for HybridScorer<'_> {
    fn name(&self) -> &'static str {
        "hybrid"
    }

    fn score(&self, a: usize, b: usize) -> Score {
        let mut score = self.lexical.score(a, b);
        let cosine = self.embeddings.cosine(a, b);
        let semantic = ((cosine - COSINE_FLOOR) / (1.0 - COSINE_FLOOR)).clamp(0.0, 1.0);
        score.semantic = cosine.max(0.0);
        score.total = ((1.0 - SEMANTIC_WEIGHT) * score.total + SEMANTIC_WEIGHT * semantic).min(1.0);
        score
    }
}

#[cfg(feature = "semantic")]
pub mod model {
    //! Loading all-MiniLM-L6-v2 and embedding text with it.

    use super::{Embeddings, ModelError};
    use candle_core::{DType, Device, Tensor};
    use candle_nn::VarBuilder;
    use candle_transformers::models::bert::{BertModel, Config};
    use rayon::prelude::*;
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};
    use std::sync::{Arc, Mutex, OnceLock};
    use tokenizers::{Tokenizer, TruncationParams};

    /// Statements per forward pass. Larger batches pad more and gain
    /// little on CPU.
    const BATCH: usize = 32;

    /// sentence-transformers' `max_seq_length` for this model when
    /// `sentence_bert_config.json` does not say.
    const DEFAULT_MAX_TOKENS: usize = 256;

    /// A loaded sentence-embedding model.
    pub struct Embedder {
        dir: PathBuf,
        model: BertModel,
        tokenizer: Tokenizer,
        dim: usize,
    }

    fn load_error(path: &Path, message: impl std::fmt::Display) -> ModelError {
        ModelError::Load {
            path: path.to_path_buf(),
            message: message.to_string(),
        }
    }

    fn read(path: &Path) -> Result<Vec<u8>, ModelError> {
        std::fs::read(path).map_err(|e| {
            let hint = if e.kind() == std::io::ErrorKind::NotFound {
                " (scripts/fetch_model.sh fetches all-MiniLM-L6-v2 and prints its folder)"
            } else {
                ""
            };
            load_error(path, format!("{e}{hint}"))
        })
    }

    /// Models loaded in this process, by folder: a CLI run or an evaluation
    /// over many topics reads the 90 MB of weights once.
    pub fn shared(dir: &Path) -> Result<Arc<Embedder>, ModelError> {
        static LOADED: OnceLock<Mutex<HashMap<PathBuf, Arc<Embedder>>>> = OnceLock::new();
        let mut loaded = LOADED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(e) = loaded.get(dir) {
            return Ok(e.clone());
        }
        let embedder = Arc::new(Embedder::load(dir)?);
        loaded.insert(dir.to_path_buf(), embedder.clone());
        Ok(embedder)
    }

    impl Embedder {
        /// Reads `config.json`, `tokenizer.json` and `model.safetensors`
        /// (and `sentence_bert_config.json` for the length limit, when
        /// present) from a sentence-transformers folder.
        pub fn load(dir: &Path) -> Result<Self, ModelError> {
            if !dir.is_dir() {
                return Err(load_error(
                    dir,
                    "not a folder (give the folder that holds model.safetensors, tokenizer.json \
                     and config.json; scripts/fetch_model.sh fetches one)",
                ));
            }
            let config_path = dir.join("config.json");
            let config: Config = serde_json::from_slice(&read(&config_path)?)
                .map_err(|e| load_error(&config_path, format!("not a BERT config: {e}")))?;

            let st_path = dir.join("sentence_bert_config.json");
            let max_tokens = match std::fs::read(&st_path) {
                Ok(bytes) => serde_json::from_slice::<serde_json::Value>(&bytes)
                    .map_err(|e| load_error(&st_path, e))?
                    .get("max_seq_length")
                    .and_then(|v| v.as_u64())
                    .map(|v| v as usize)
                    .unwrap_or(DEFAULT_MAX_TOKENS),
                Err(_) => DEFAULT_MAX_TOKENS,
            }
            .min(config.max_position_embeddings);

            let tok_path = dir.join("tokenizer.json");
            let mut tokenizer = Tokenizer::from_bytes(read(&tok_path)?)
                .map_err(|e| load_error(&tok_path, format!("not a tokenizer: {e}")))?;
            // tokenizer.json pads and cuts to 128; sentence-transformers
            // cuts at max_seq_length and pads per batch, and so do we.
            tokenizer.with_padding(None);
            tokenizer
                .with_truncation(Some(TruncationParams {
                    max_length: max_tokens,
                    ..Default::default()
                }))
                .map_err(|e| load_error(&tok_path, e))?;

            let weights_path = dir.join("model.safetensors");
            let vb = VarBuilder::from_buffered_safetensors(
                read(&weights_path)?,
                DType::F32,
                &Device::Cpu,
            )
            .map_err(|e| load_error(&weights_path, e))?;
            let model = BertModel::load(vb, &config).map_err(|e| {
                load_error(
                    &weights_path,
                    format!("not the model config.json describes: {e}"),
                )
            })?;
            Ok(Embedder {
                dir: dir.to_path_buf(),
                model,
                tokenizer,
                dim: config.hidden_size,
            })
        }

        /// The embedding size (384 for all-MiniLM-L6-v2).
        pub fn dim(&self) -> usize {
            self.dim
        }

        /// Unit-length embeddings of the texts, in their order. Texts are
        /// batched by token count so that little is padding; batches run in
        /// parallel. The result does not depend on the thread count: each
        /// batch is fixed by the texts alone.
        pub fn embed(&self, texts: &[&str]) -> Result<Embeddings, ModelError> {
            let fail = |message: String| ModelError::Embed {
                dir: self.dir.clone(),
                message,
            };
            let encodings: Vec<Vec<u32>> = texts
                .par_iter()
                .map(|t| {
                    self.tokenizer
                        .encode(*t, true)
                        .map(|e| e.get_ids().to_vec())
                        .map_err(|e| fail(e.to_string()))
                })
                .collect::<Result<_, _>>()?;
            let mut order: Vec<usize> = (0..texts.len()).collect();
            order.sort_by_key(|&i| (encodings[i].len(), i));
            let batches: Vec<&[usize]> = order.chunks(BATCH).collect();
            let pooled: Vec<Vec<f32>> = batches
                .par_iter()
                .map(|batch| {
                    self.embed_batch(batch, &encodings)
                        .map_err(|e| fail(e.to_string()))
                })
                .collect::<Result<_, _>>()?;
            let mut data = vec![0f32; texts.len() * self.dim];
            for (batch, rows) in batches.iter().zip(&pooled) {
                for (k, &i) in batch.iter().enumerate() {
                    data[i * self.dim..(i + 1) * self.dim]
                        .copy_from_slice(&rows[k * self.dim..(k + 1) * self.dim]);
                }
            }
            Ok(Embeddings {
                dim: self.dim,
                data,
            })
        }

        /// One forward pass: mean of the token states under the attention
        /// mask, L2-normalized, row-major.
        fn embed_batch(
            &self,
            batch: &[usize],
            encodings: &[Vec<u32>],
        ) -> candle_core::Result<Vec<f32>> {
            let len = batch
                .iter()
                .map(|&i| encodings[i].len())
                .max()
                .unwrap_or(0)
                .max(1);
            let mut ids = vec![0u32; batch.len() * len];
            let mut mask = vec![0u32; batch.len() * len];
            for (k, &i) in batch.iter().enumerate() {
                let e = &encodings[i];
                ids[k * len..k * len + e.len()].copy_from_slice(e);
                mask[k * len..k * len + e.len()].fill(1);
            }
            let device = &self.model.device;
            let ids = Tensor::from_vec(ids, (batch.len(), len), device)?;
            let mask = Tensor::from_vec(mask, (batch.len(), len), device)?;
            let types = ids.zeros_like()?;
            let states = self.model.forward(&ids, &types, Some(&mask))?;
            let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
            let summed = states.broadcast_mul(&mask)?.sum(1)?;
            let counts = mask.sum(1)?.clamp(1e-9, f64::MAX)?;
            let mean = summed.broadcast_div(&counts)?;
            let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
            mean.broadcast_div(&norm)?.flatten_all()?.to_vec1::<f32>()
        }
    }

    #[cfg(test)]
    mod tests {
        //! The loading and pooling code on a tiny random BERT written here,
        //! so that these tests need no downloaded model.

        use super::*;

        const VOCAB: &[&str] = &[
            "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "council", "approved", "budget", "on",
            "monday", "a", "storm", "hit", "coast", ".",
        ];

        fn tiny_model(dir: &Path) {
            let (hidden, inter, layers) = (8usize, 16usize, 2usize);
            let config = serde_json::json!({
                "vocab_size": VOCAB.len(), "hidden_size": hidden, "num_hidden_layers": layers,
                "num_attention_heads": 2, "intermediate_size": inter, "hidden_act": "gelu",
                "hidden_dropout_prob": 0.1, "max_position_embeddings": 32, "type_vocab_size": 2,
                "initializer_range": 0.02, "layer_norm_eps": 1e-12, "pad_token_id": 0,
                "model_type": "bert"
            });
            std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
            let vocab: serde_json::Map<String, serde_json::Value> = VOCAB
                .iter()
                .enumerate()
                .map(|(i, w)| (w.to_string(), i.into()))
                .collect();
            let tokenizer = serde_json::json!({
                "version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
                "normalizer": {"type": "BertNormalizer", "clean_text": true,
                    "handle_chinese_chars": true, "strip_accents": null, "lowercase": true},
                "pre_tokenizer": {"type": "BertPreTokenizer"},
                "post_processor": {"type": "TemplateProcessing",
                    "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                               {"Sequence": {"id": "A", "type_id": 0}},
                               {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                    "pair": [],
                    "special_tokens": {"[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                                       "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
                "decoder": null,
                "model": {"type": "WordPiece", "unk_token": "[UNK]",
                    "continuing_subword_prefix": "##", "max_input_chars_per_word": 100,
                    "vocab": vocab}
            });
            std::fs::write(dir.join("tokenizer.json"), tokenizer.to_string()).unwrap();
            let dev = Device::Cpu;
            let mut t: HashMap<String, Tensor> = HashMap::new();
            let mut seed = 0u64;
            let mut rand = |shape: &[usize]| {
                let n: usize = shape.iter().product();
                let v: Vec<f32> = (0..n)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        ((seed >> 33) as f32 / (1u64 << 31) as f32 - 0.5) * 0.4
                    })
                    .collect();
                Tensor::from_vec(v, shape, &dev).unwrap()
            };
            let mut put = |name: String, shape: &[usize]| {
                let x = rand(shape);
                t.insert(name, x);
            };
            put(
                "embeddings.word_embeddings.weight".into(),
                &[VOCAB.len(), hidden],
            );
            put(
                "embeddings.position_embeddings.weight".into(),
                &[32, hidden],
            );
            put(
                "embeddings.token_type_embeddings.weight".into(),
                &[2, hidden],
            );
            let mut norms = vec!["embeddings.LayerNorm".to_string()];
            for l in 0..layers {
                let p = format!("encoder.layer.{l}.");
                for (name, o, i) in [
                    ("attention.self.query", hidden, hidden),
                    ("attention.self.key", hidden, hidden),
                    ("attention.self.value", hidden, hidden),
                    ("attention.output.dense", hidden, hidden),
                    ("intermediate.dense", inter, hidden),
                    ("output.dense", hidden, inter),
                ] {
                    put(format!("{p}{name}.weight"), &[o, i]);
                    put(format!("{p}{name}.bias"), &[o]);
                }
                norms.push(format!("{p}attention.output.LayerNorm"));
                norms.push(format!("{p}output.LayerNorm"));
            }
            for n in norms {
                t.insert(
                    format!("{n}.weight"),
                    Tensor::ones(hidden, DType::F32, &dev).unwrap(),
                );
                t.insert(
                    format!("{n}.bias"),
                    Tensor::zeros(hidden, DType::F32, &dev).unwrap(),
                );
            }
            candle_core::safetensors::save(&t, dir.join("model.safetensors")).unwrap();
        }

        #[test]
        fn embeddings_are_unit_length_and_do_not_depend_on_batch_padding() {
            let dir = tempfile::tempdir().unwrap();
            tiny_model(dir.path());
            let e = Embedder::load(dir.path()).unwrap();
            assert_eq!(e.dim(), 8);
            let short = "The council approved.";
            let long = "The council approved the budget on Monday.";
            let alone = e.embed(&[short]).unwrap();
            let batched = e.embed(&[long, short, "A storm hit the coast."]).unwrap();
            let norm: f32 = batched.row(0).iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-5, "norm {norm}");
            // The short text is padded in the batch: the mask must keep the
            // padding out of both attention and pooling.
            for (a, b) in alone.row(0).iter().zip(batched.row(1)) {
                assert!(
                    (a - b).abs() < 1e-5,
                    "{:?} vs {:?}",
                    alone.row(0),
                    batched.row(1)
                );
            }
            assert!(
                batched.cosine(0, 1) < 1.0 - 1e-4,
                "different texts, one vector"
            );
        }

        #[test]
        fn a_missing_or_bad_file_is_an_error_naming_it() {
            let dir = tempfile::tempdir().unwrap();
            let missing = dir.path().join("nope");
            let err = Embedder::load(&missing).err().unwrap().to_string();
            assert!(
                err.contains("nope") && err.contains("not a folder"),
                "{err}"
            );

            tiny_model(dir.path());
            std::fs::remove_file(dir.path().join("tokenizer.json")).unwrap();
            let err = Embedder::load(dir.path()).err().unwrap().to_string();
            assert!(
                err.contains("tokenizer.json") && err.contains("fetch_model.sh"),
                "{err}"
            );

            tiny_model(dir.path());
            std::fs::write(dir.path().join("model.safetensors"), b"not safetensors").unwrap();
            let err = Embedder::load(dir.path()).err().unwrap().to_string();
            assert!(err.contains("model.safetensors"), "{err}");

            std::fs::write(dir.path().join("config.json"), b"{\"hidden_size\": 8}").unwrap();
            let err = Embedder::load(dir.path()).err().unwrap().to_string();
            assert!(
                err.contains("config.json") && err.contains("BERT config"),
                "{err}"
            );
        }
    }
}

#[cfg(all(test, not(feature = "semantic")))]
mod tests {
    use super::*;

    #[test]
    fn hybrid_without_the_feature_says_the_build_lacks_it() {
        let options = AlignOptions {
            similarity: super::super::Similarity::Hybrid,
            ..Default::default()
        };
        let err = check(&options).unwrap_err().to_string();
        assert!(err.contains("`semantic` feature"), "{err}");
        assert!(check(&AlignOptions::default()).is_ok());
    }
}
