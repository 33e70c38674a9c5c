/**
 * Words with which a plan hands its assignments to the appendix: "(chi tiết tại Phụ lục kèm
 * theo)", "nhiệm vụ được giao tại Phụ lục", "theo Phụ lục". Then the body's sections are not
 * the place to look for each task's subject or unit (group-content-mismatch,
 * task-unit-not-in-body). Lâm Đồng CCHC 2026 II.1.b: "Cơ quan, đơn vị được giao nhiệm vụ … tại
 * Phụ lục kèm theo Kế hoạch này".
 */
export const DEFERS_TO_APPENDIX = /(?:chi tiết|cụ thể|danh mục|nhiệm vụ)[^.;]{0,40}phụ lục|(?:theo|tại) phụ lục/iu;
