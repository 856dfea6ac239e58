/** The model version this release writes. Minor versions only add optional fields. */
export const MODEL_VERSION = '1.1'

/** The major model version this release reads. */
export const MODEL_MAJOR = 1
