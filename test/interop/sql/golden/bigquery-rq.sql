SELECT _sb_q._sb_row.*,
    _sb_s0 AS `secure`,
    CAST(NULL AS STRING) AS `secure_band`,
    _sb_n0 AS `secure_answered`,
    _sb_s1 AS `fearful`,
    CAST(NULL AS STRING) AS `fearful_band`,
    _sb_n1 AS `fearful_answered`,
    _sb_s2 AS `preoccupied`,
    CAST(NULL AS STRING) AS `preoccupied_band`,
    _sb_n2 AS `preoccupied_answered`,
    _sb_s3 AS `dismissing`,
    CAST(NULL AS STRING) AS `dismissing_band`,
    _sb_n3 AS `dismissing_answered`,
    CASE WHEN _sb_err THEN NULL ELSE CAST(0 AS FLOAT64) + _sb_v0 * 1 + _sb_v3 * 1 + _sb_v1 * (-1) + _sb_v2 * (-1) END AS `model_of_self`,
    CAST(NULL AS STRING) AS `model_of_self_label`,
    CASE WHEN _sb_err THEN NULL ELSE CAST(0 AS FLOAT64) + _sb_v0 * 1 + _sb_v2 * 1 + _sb_v1 * (-1) + _sb_v3 * (-1) END AS `model_of_other`,
    CAST(NULL AS STRING) AS `model_of_other_label`,
    CASE WHEN _sb_err THEN NULL ELSE CAST(0 AS FLOAT64) + _sb_v4 * 1 END AS `forced_choice`,
    CAST(NULL AS STRING) AS `forced_choice_label`,
    CASE WHEN _sb_err THEN _sb_errors END AS `errors`
FROM (
  SELECT
    _sb_row,
    _sb_v0,
    _sb_v1,
    _sb_v2,
    _sb_v3,
    _sb_v4,
    _sb_err,
    _sb_errors,
    CASE WHEN _sb_err THEN NULL WHEN _sb_n0 = 1 THEN _sb_sum0 END AS _sb_s0,
    CASE WHEN _sb_err THEN NULL ELSE _sb_n0 END AS _sb_n0,
    CASE WHEN _sb_err THEN NULL WHEN _sb_n1 = 1 THEN _sb_sum1 END AS _sb_s1,
    CASE WHEN _sb_err THEN NULL ELSE _sb_n1 END AS _sb_n1,
    CASE WHEN _sb_err THEN NULL WHEN _sb_n2 = 1 THEN _sb_sum2 END AS _sb_s2,
    CASE WHEN _sb_err THEN NULL ELSE _sb_n2 END AS _sb_n2,
    CASE WHEN _sb_err THEN NULL WHEN _sb_n3 = 1 THEN _sb_sum3 END AS _sb_s3,
    CASE WHEN _sb_err THEN NULL ELSE _sb_n3 END AS _sb_n3
  FROM (
    SELECT
    _sb_row,
    _sb_v0,
    _sb_v1,
    _sb_v2,
    _sb_v3,
    _sb_v4,
    (_sb_b0 OR _sb_b1 OR _sb_b2 OR _sb_b3 OR _sb_b4) AS _sb_err,
    ARRAY_TO_STRING([CASE WHEN _sb_b0 THEN 'rq-secure' END, CASE WHEN _sb_b1 THEN 'rq-fearful' END, CASE WHEN _sb_b2 THEN 'rq-preoccupied' END, CASE WHEN _sb_b3 THEN 'rq-dismissing' END, CASE WHEN _sb_b4 THEN 'rq-choice' END], ' ') AS _sb_errors,
    (COALESCE(_sb_v0, 0)) AS _sb_sum0,
    (CASE WHEN _sb_v0 IS NULL THEN 0 ELSE 1 END) AS _sb_n0,
    (COALESCE(_sb_v1, 0)) AS _sb_sum1,
    (CASE WHEN _sb_v1 IS NULL THEN 0 ELSE 1 END) AS _sb_n1,
    (COALESCE(_sb_v2, 0)) AS _sb_sum2,
    (CASE WHEN _sb_v2 IS NULL THEN 0 ELSE 1 END) AS _sb_n2,
    (COALESCE(_sb_v3, 0)) AS _sb_sum3,
    (CASE WHEN _sb_v3 IS NULL THEN 0 ELSE 1 END) AS _sb_n3
    FROM (
      SELECT
    _sb_row,
    CASE WHEN _sb_m0 THEN NULL WHEN _sb_d0 >= 1 AND _sb_d0 <= 7 AND FLOOR(_sb_d0) = _sb_d0 THEN _sb_d0 END AS _sb_v0,
    CASE WHEN _sb_m0 THEN FALSE WHEN _sb_d0 >= 1 AND _sb_d0 <= 7 AND FLOOR(_sb_d0) = _sb_d0 THEN FALSE ELSE TRUE END AS _sb_b0,
    CASE WHEN _sb_m1 THEN NULL WHEN _sb_d1 >= 1 AND _sb_d1 <= 7 AND FLOOR(_sb_d1) = _sb_d1 THEN _sb_d1 END AS _sb_v1,
    CASE WHEN _sb_m1 THEN FALSE WHEN _sb_d1 >= 1 AND _sb_d1 <= 7 AND FLOOR(_sb_d1) = _sb_d1 THEN FALSE ELSE TRUE END AS _sb_b1,
    CASE WHEN _sb_m2 THEN NULL WHEN _sb_d2 >= 1 AND _sb_d2 <= 7 AND FLOOR(_sb_d2) = _sb_d2 THEN _sb_d2 END AS _sb_v2,
    CASE WHEN _sb_m2 THEN FALSE WHEN _sb_d2 >= 1 AND _sb_d2 <= 7 AND FLOOR(_sb_d2) = _sb_d2 THEN FALSE ELSE TRUE END AS _sb_b2,
    CASE WHEN _sb_m3 THEN NULL WHEN _sb_d3 >= 1 AND _sb_d3 <= 7 AND FLOOR(_sb_d3) = _sb_d3 THEN _sb_d3 END AS _sb_v3,
    CASE WHEN _sb_m3 THEN FALSE WHEN _sb_d3 >= 1 AND _sb_d3 <= 7 AND FLOOR(_sb_d3) = _sb_d3 THEN FALSE ELSE TRUE END AS _sb_b3,
    CASE WHEN _sb_m4 THEN NULL WHEN _sb_d4 >= 1 AND _sb_d4 <= 4 AND FLOOR(_sb_d4) = _sb_d4 THEN _sb_d4 END AS _sb_v4,
    CASE WHEN _sb_m4 THEN FALSE WHEN _sb_d4 >= 1 AND _sb_d4 <= 4 AND FLOOR(_sb_d4) = _sb_d4 THEN FALSE ELSE TRUE END AS _sb_b4
      FROM (
        SELECT
    _sb_row,
    (_sb_t0 IS NULL OR REGEXP_CONTAINS(_sb_t0, '^[[:space:]]*$')) AS _sb_m0,
    CASE WHEN REGEXP_CONTAINS(_sb_t0, '^[[:space:]]*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[[:space:]]*$') THEN SAFE_CAST(_sb_t0 AS FLOAT64) END AS _sb_d0,
    (_sb_t1 IS NULL OR REGEXP_CONTAINS(_sb_t1, '^[[:space:]]*$')) AS _sb_m1,
    CASE WHEN REGEXP_CONTAINS(_sb_t1, '^[[:space:]]*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[[:space:]]*$') THEN SAFE_CAST(_sb_t1 AS FLOAT64) END AS _sb_d1,
    (_sb_t2 IS NULL OR REGEXP_CONTAINS(_sb_t2, '^[[:space:]]*$')) AS _sb_m2,
    CASE WHEN REGEXP_CONTAINS(_sb_t2, '^[[:space:]]*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[[:space:]]*$') THEN SAFE_CAST(_sb_t2 AS FLOAT64) END AS _sb_d2,
    (_sb_t3 IS NULL OR REGEXP_CONTAINS(_sb_t3, '^[[:space:]]*$')) AS _sb_m3,
    CASE WHEN REGEXP_CONTAINS(_sb_t3, '^[[:space:]]*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[[:space:]]*$') THEN SAFE_CAST(_sb_t3 AS FLOAT64) END AS _sb_d3,
    (_sb_t4 IS NULL OR REGEXP_CONTAINS(_sb_t4, '^[[:space:]]*$')) AS _sb_m4,
    CASE WHEN REGEXP_CONTAINS(_sb_t4, '^[[:space:]]*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[[:space:]]*$') THEN SAFE_CAST(_sb_t4 AS FLOAT64) END AS _sb_d4
        FROM (
          SELECT
    _sb_src AS _sb_row,
    CAST(_sb_src.`q1` AS STRING) AS _sb_t0,
    CAST(_sb_src.`q2` AS STRING) AS _sb_t1,
    CAST(_sb_src.`q3` AS STRING) AS _sb_t2,
    CAST(_sb_src.`q4` AS STRING) AS _sb_t3,
    CAST(_sb_src.`q5` AS STRING) AS _sb_t4
          FROM `my-project`.`survey`.`responses` AS _sb_src
        ) AS _sb_l0
      ) AS _sb_l1
    ) AS _sb_l2
  ) AS _sb_l3
) AS _sb_q
